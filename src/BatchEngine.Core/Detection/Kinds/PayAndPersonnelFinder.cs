using System.Text.RegularExpressions;
using BatchEngine.Detection.Scanning;

namespace BatchEngine.Detection.Kinds;

/// <summary>
/// Pay records and staff lists. A payslip (a pay-slip title, or gross and net pay together, with pay-period or
/// deduction fields) is one person's pay: <see cref="DocumentKinds.PayRecord"/>. A table (CSV, tab-separated or
/// Markdown) whose header row names people (<c>Name</c>, <c>EmployeeName</c>, <c>Last Name</c>) and their pay
/// (<c>Salary</c>, <c>Wage</c>, <c>Compensation</c>) is a staff list with salaries, also a pay record; with
/// personnel columns only (<c>EmployeeID</c>, <c>Department</c>, <c>Manager</c>, <c>Rating</c>) it is an internal
/// personnel list, <see cref="DocumentKinds.PersonnelList"/>. JSON exports of people (objects with a name and a
/// job title, role or salary) are read the same way.
/// </summary>
internal sealed partial class PayAndPersonnelFinder : IKindFinder
{
    private static readonly ContextWords PayslipTitles = new(
        ["payslip", "pay slip", "pay stub", "paystub", "earnings statement", "salary slip", "pay advice", "statement of earnings", "lohnabrechnung", "bulletin de paie", "fiche de paie"]);

    private static readonly string[] NameColumns = ["name", "fullname", "employeename", "employee", "staffname", "firstname", "lastname", "surname", "givenname", "membername", "person", "staff"];
    private static readonly string[] PayColumns = ["salary", "wage", "compensation", "payrate", "hourlyrate", "grosspay", "netpay", "annualpay", "basepay", "bonus"];
    private static readonly string[] PersonnelColumns = ["employeeid", "empid", "staffid", "employeenumber", "department", "manager", "jobtitle", "position", "hiredate", "startdate", "grade", "rating", "performance", "approver", "reportsto"];

    public void Find(ReadOnlySpan<char> text, List<TextLine> lines, int page, List<Finding> found)
    {
        if (page == 0)
        {
            return;
        }

        if (IsPayslip(text))
        {
            int at = Math.Max(0, text.IndexOf("gross", StringComparison.OrdinalIgnoreCase));
            found.Add(new Finding(at, Math.Min(20, text.Length - at), DocumentKinds.PayRecord, 0.85, MaskStyle.None));
            return;
        }

        if (JsonPeople(text) is { } json)
        {
            found.Add(json);
            return;
        }

        for (int i = 0; i + 2 < lines.Count; i++)
        {
            ReadOnlySpan<char> header = text.Slice(lines[i].Start, lines[i].Length);
            char separator = Separator(header);
            if (separator == '\0')
            {
                continue;
            }

            // Most lines with commas are prose: count the cells and look for a name column without building strings.
            (int cells, bool namesPeople) = Cells(header, separator);
            if (cells < 3 || !namesPeople || !HasRows(text, lines, i, cells))
            {
                continue;
            }

            string[] columns = Columns(header, separator);

            if (columns.Any(c => PayColumns.Any(p => c.Contains(p, StringComparison.Ordinal))))
            {
                found.Add(new Finding(lines[i].Start, lines[i].Length, DocumentKinds.PayRecord, 0.85, MaskStyle.None));
                return;
            }

            if (columns.Any(c => PersonnelColumns.Contains(c)))
            {
                found.Add(new Finding(lines[i].Start, lines[i].Length, DocumentKinds.PersonnelList, 0.75, MaskStyle.None));
                return;
            }
        }
    }

    /// <summary>A JSON export of people: several objects with a <c>"name"</c> key and a job key (<c>"title"</c>, <c>"role"</c>, ...) or a pay key.</summary>
    private static Finding? JsonPeople(ReadOnlySpan<char> text)
    {
        int names = JsonKey().Count(text);
        if (names < 2)
        {
            return null;
        }

        int first = text.IndexOf("\"name\"", StringComparison.OrdinalIgnoreCase);
        if (JsonPayKey().Count(text) >= 2)
        {
            return new Finding(first, 6, DocumentKinds.PayRecord, 0.85, MaskStyle.None);
        }

        return JsonJobKey().Count(text) >= 2 ? new Finding(first, 6, DocumentKinds.PersonnelList, 0.75, MaskStyle.None) : null;
    }

    [GeneratedRegex(@"""(?:name|full_?name|employee_?name)""\s*:\s*""[A-Z]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JsonKey();

    [GeneratedRegex(@"""(?:title|role|job_?title|position|department|manager|reports_?to)""\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JsonJobKey();

    [GeneratedRegex(@"""(?:salary|annual_?salary|base_?salary|wage|compensation|pay_?rate)""\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JsonPayKey();

    private static bool IsPayslip(ReadOnlySpan<char> text)
    {
        bool gross = text.Contains("gross", StringComparison.OrdinalIgnoreCase);
        bool titled = PayslipTitles.Within(text, 0, Math.Min(text.Length, 600));
        if (!gross && !titled)
        {
            return false; // neither test below can pass: skip the dozen field searches on most pages
        }

        int fields = 0;
        bool net = text.Contains("net pay", StringComparison.OrdinalIgnoreCase) || text.Contains("net salary", StringComparison.OrdinalIgnoreCase);
        foreach (string field in (string[])["gross pay", "net pay", "pay period", "pay date", "deductions", "year to date", "tax code", "national insurance", "federal withholding", "basic pay", "net salary", "gross salary"])
        {
            fields += text.Contains(field, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        }

        return (titled && fields >= 2) || (gross && net && fields >= 3);
    }

    /// <summary>The character that separates a table header's cells; <c>\0</c> when the line is no table header.</summary>
    private static char Separator(ReadOnlySpan<char> line)
    {
        char separator = line.Count('|') >= 2 ? '|' : line.Count('\t') >= 2 ? '\t' : line.Count(',') >= 2 ? ',' : line.Count(';') >= 2 ? ';' : '\0';
        return line.Length > 400 ? '\0' : separator;
    }

    /// <summary>How many cells <see cref="Columns"/> would give, and whether one of them is a name column.</summary>
    private static (int Cells, bool NamesPeople) Cells(ReadOnlySpan<char> line, char separator)
    {
        Span<char> letters = stackalloc char[16]; // longer than any name column
        int cells = 0;
        bool namesPeople = false;
        foreach (Range range in line.Split(separator))
        {
            int length = 0;
            bool longer = false;
            foreach (char c in line[range])
            {
                if (!char.IsLetter(c))
                {
                    continue;
                }

                if (length == letters.Length)
                {
                    longer = true;
                    break;
                }

                letters[length++] = char.ToLowerInvariant(c);
            }

            if (length == 0)
            {
                continue;
            }

            cells++;
            namesPeople |= !longer && IsNameColumn(letters[..length]);
        }

        return (cells, namesPeople);
    }

    private static bool IsNameColumn(ReadOnlySpan<char> cell)
    {
        foreach (string name in NameColumns)
        {
            if (cell.SequenceEqual(name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The header's cells, lower-cased with spaces, underscores and punctuation removed (cells without letters dropped).</summary>
    private static string[] Columns(ReadOnlySpan<char> line, char separator) => line.ToString()
        .Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
        .Select(c => new string(c.Where(char.IsLetter).ToArray()).ToLowerInvariant())
        .Where(c => c.Length > 0)
        .ToArray();

    /// <summary>At least two data rows with about as many cells as the header follow it (a Markdown rule line is skipped).</summary>
    private static bool HasRows(ReadOnlySpan<char> text, List<TextLine> lines, int header, int cells)
    {
        int rows = 0;
        for (int i = header + 1; i < lines.Count && i <= header + 4; i++)
        {
            ReadOnlySpan<char> row = text.Slice(lines[i].Start, lines[i].Length);
            if (row.Trim().TrimStart('|').StartsWith("---", StringComparison.Ordinal) || row.Trim().StartsWith("|-", StringComparison.Ordinal))
            {
                continue;
            }

            int separators = Math.Max(Math.Max(row.Count('|'), row.Count('\t')), Math.Max(row.Count(','), row.Count(';')));
            rows += separators >= cells - 2 && separators > 0 ? 1 : 0;
        }

        return rows >= 2;
    }
}
