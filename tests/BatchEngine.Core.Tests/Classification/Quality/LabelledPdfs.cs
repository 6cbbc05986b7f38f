using BatchEngine.Classification;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace BatchEngine.Tests.Classification.Quality;

/// <summary>
/// The labelled PDF set: 12 multi-page documents, 3 per category, written at run time with PdfPig's PDF writer
/// and read back with its text extraction, so layout, line breaks and page numbers are those of a real PDF.
/// Several keep their evidence on a later page, which the citations must point to. Under the reference's policy
/// (issue 10) two labels changed: <c>pdf-sop</c> and <c>pdf-invoice-iban</c> (a company's own bank details on its
/// invoice) are Public.
/// </summary>
internal static class LabelledPdfs
{
    private const SensitivityCategory P = SensitivityCategory.Public;
    private const SensitivityCategory C = SensitivityCategory.Confidential;
    private const SensitivityCategory H = SensitivityCategory.HighlySensitive;
    private const SensitivityCategory U = SensitivityCategory.Unsafe;

    private const string Filler = "The working group met twice this quarter to review progress on the shared schedule and agreed the next steps.";

    public static readonly LabelledDocument[] All =
    [
        new("pdf-annual-report", P, "Annual Report 2023\nRiver Trust\n" + Filler, "Volunteers planted 4,000 trees and cleared 12 km of river bank.\nContact: info@rivertrust.example"),
        new("pdf-user-guide", P, "Kettle User Guide\nFill to the MAX line, close the lid and press the switch.", "Cleaning: descale monthly with vinegar. Do not immerse the base in water."),
        new("pdf-paper", P, "On the Complexity of Sorting Networks\nAbstract. We prove a lower bound for sorting networks of depth d.", "We exploit the symmetry of comparators; an adversary argument kills the remaining cases."),
        new("pdf-memo", C, "CONFIDENTIAL\nMemo to the leadership team\n" + Filler, "The plant in Leeds will close in the second quarter; staff will be told in May."),
        new("pdf-sop", P, "Standard Operating Procedure\nCold-chain handling of vaccines\n" + Filler, "Step 3: record the fridge temperature twice a day in the log."),
        new("pdf-board-pack", C, "Board pack - April\n" + Filler, "Agenda item 4: acquisition options.\nInternal use only - do not distribute."),
        new("pdf-hr-file", H, "Personnel file\n" + Filler, "Employee: Jane Roe\nSSN: 536-22-8745\nSalary grade 7"),
        new("pdf-invoice-iban", P, "Invoice 2024-117\nConsulting services, 12 days\nTotal due: 9,600 EUR", "Pay to IBAN GB82 WEST 1234 5698 7654 32 within 30 days."),
        new("pdf-itar-drawing", H, "Assembly drawing A-220 rev C\nEXPORT CONTROLLED - ITAR", "Technical data: bracket tolerances and torque values."),
        new("pdf-threat-letter", U, "To the manager of the Elm Street branch,", "I know where you live. Close the branch or I will kill you."),
        new("pdf-bomb-manual", U, "Field notes\n" + Filler, "How to make a pipe bomb: you will need a steel pipe and two end caps."),
        new("pdf-recruitment-flyer", U, "Brothers and sisters,\nThe caliphate needs you.", "Join the jihad now. Leave your homes and travel to the front."),
    ];

    /// <summary>Writes the document as a PDF, one PDF page per page, lines wrapped to the page width.</summary>
    public static byte[] Write(LabelledDocument document)
    {
        var builder = new PdfDocumentBuilder();
        PdfDocumentBuilder.AddedFont font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (string pageText in document.Pages)
        {
            PdfPageBuilder page = builder.AddPage(PageSize.A4);
            double y = 780;
            foreach (string line in pageText.Split('\n').SelectMany(Wrap))
            {
                page.AddText(line, 11, new PdfPoint(50, y), font);
                y -= 16;
            }
        }

        return builder.Build();
    }

    private static IEnumerable<string> Wrap(string line)
    {
        const int Width = 85;
        while (line.Length > Width)
        {
            int cut = line.LastIndexOf(' ', Width);
            cut = cut <= 0 ? Width : cut;
            yield return line[..cut];
            line = line[cut..].TrimStart();
        }

        yield return line;
    }
}
