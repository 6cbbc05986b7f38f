namespace BatchEngine.SafetyTrainer;

/// <summary>
/// HateCheck (Röttger et al., 2021, "HateCheck: Functional Tests for Hate Speech Detection Models", CC BY 4.0),
/// read from <c>../shared/eval/hatecheck/test_suite_cases.csv</c>; never copied. Cases of one template in four
/// (<c>templ_id % 4 == 0</c>) are held out: the model never trains on them and they are reported apart.
/// This file is shared with the test that holds the floors, so both use the same split.
/// </summary>
internal static class HateCheckSuite
{
    public const int HeldOutModulus = 4;

    public static bool IsHeldOut(int templateId) => templateId % HeldOutModulus == 0;

    public static IReadOnlyList<HateCheckCase> Read(string path)
    {
        var cases = new List<HateCheckCase>();
        List<string>? header = null;
        foreach (List<string> row in CsvRows(File.ReadAllText(path)))
        {
            if (header is null)
            {
                header = row;
                continue;
            }

            if (row.Count < header.Count)
            {
                continue;
            }

            string Cell(string name) => row[header.IndexOf(name)];
            cases.Add(new HateCheckCase(
                int.Parse(Cell("case_id"), System.Globalization.CultureInfo.InvariantCulture),
                Cell("functionality"),
                Cell("test_case").Trim(),
                Cell("label_gold") == "hateful",
                int.Parse(Cell("templ_id"), System.Globalization.CultureInfo.InvariantCulture),
                Cell("target_ident")));
        }

        return cases;
    }

    /// <summary>RFC 4180 rows: quoted cells may hold commas, doubled quotes and line breaks.</summary>
    private static IEnumerable<List<string>> CsvRows(string text)
    {
        var row = new List<string>();
        var cell = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    quoted = true;
                    break;
                case ',':
                    row.Add(cell.ToString());
                    cell.Clear();
                    break;
                case '\n':
                    row.Add(cell.ToString().TrimEnd('\r'));
                    cell.Clear();
                    yield return row;
                    row = [];
                    break;
                default:
                    cell.Append(c);
                    break;
            }
        }

        if (cell.Length > 0 || row.Count > 0)
        {
            row.Add(cell.ToString());
            yield return row;
        }
    }
}

/// <summary>One HateCheck case: its functionality, text, gold label and template.</summary>
internal sealed record HateCheckCase(int CaseId, string Functionality, string Text, bool Hateful, int TemplateId, string Target);
