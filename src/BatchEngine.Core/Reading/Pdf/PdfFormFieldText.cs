using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.AcroForms;
using UglyToad.PdfPig.AcroForms.Fields;

namespace BatchEngine.Reading.Pdf;

/// <summary>
/// The filled-in values of a PDF's AcroForm, per page, each written as "label: value" with the field's
/// name as its label (the tooltip name when the form has one, as a person reads it on screen). Blank
/// fields, unchecked boxes and buttons give nothing, so a blank form adds no text.
/// </summary>
internal static class PdfFormFieldText
{
    // A tooltip longer than this is an instruction, not a label: the field's own name is shorter.
    private const int MaxLabelLength = 80;

    /// <summary>"label: value" entries by page (fields that name no page go to page 1).</summary>
    public static Dictionary<int, List<(string Label, string Entry)>> ByPage(PdfDocument document)
    {
        var pages = new Dictionary<int, List<(string, string)>>();
        if (!document.TryGetForm(out AcroForm? form) || form is null)
        {
            return pages;
        }

        foreach (AcroFieldBase field in form.GetFields())
        {
            if (Value(field) is not { Length: > 0 } value || Label(field) is not { Length: > 0 } label)
            {
                continue;
            }

            var page = field.PageNumber is { } number and > 0 ? number : 1;
            if (!pages.TryGetValue(page, out var entries))
            {
                pages[page] = entries = [];
            }

            entries.Add((label, $"{label}: {value}"));
        }

        return pages;
    }

    private static string? Value(AcroFieldBase field)
    {
        var value = field switch
        {
            AcroTextField text => text.Value,
            AcroComboBoxField combo => string.Join(", ", combo.SelectedOptions ?? []),
            AcroListBoxField list => string.Join(", ", list.SelectedOptions ?? []),
            AcroRadioButtonField { IsSelected: true } radio => radio.CurrentValue?.Data,
            _ => null,
        };
        return Clean(value);
    }

    private static string? Label(AcroFieldBase field)
    {
        var tooltip = Clean(field.Information?.AlternateName);
        if (tooltip is { Length: > 0 and <= MaxLabelLength })
        {
            return tooltip.TrimEnd(':', ' ');
        }

        return Clean(field.Information?.PartialName)?.TrimEnd(':', ' ');
    }

    private static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text is "Off")
        {
            return null;
        }

        var clean = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = true;
                continue;
            }

            if (space && clean.Length > 0)
            {
                clean.Append(' ');
            }

            space = false;
            clean.Append(c);
        }

        return clean.ToString();
    }
}
