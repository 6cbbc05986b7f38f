using BatchEngine.Classification;
using BatchEngine.Batches;
using BatchEngine.Reading;
using BatchEngine.Tests.Reading.Ocr;
using Microsoft.Extensions.DependencyInjection;

namespace BatchEngine.Tests.Reading.Pdf;

/// <summary>Filled AcroForm values and comment annotations are page text with their origin; a blank form adds nothing.</summary>
[Collection(TesseractProcesses.Name)]
public sealed class FormFieldAndAnnotationTests
{
    [Fact]
    public async Task A_prefilled_form_gives_its_values_labelled_by_field_name()
    {
        // pdf.js prefilled_f1040.pdf: an IRS 1040 whose fields carry values.
        var document = await ReaderTestKit.ReadWithTimeoutAsync(new PdfDocumentReader(ReaderTestKit.DefaultLimits), Corpus.Bytes("real/pdfjs_prefilled_f1040.pdf"));

        var fields = document.Pages
            .SelectMany(page => page.Segments.Where(s => s.Origin.Kind == TextOriginKind.FormField).Select(s => (page, s)))
            .ToList();
        Assert.NotEmpty(fields);
        Assert.All(fields, entry =>
        {
            var text = entry.page.Text.Substring(entry.s.Start, entry.s.Length);
            Assert.Contains(": ", text, StringComparison.Ordinal);
            Assert.False(string.IsNullOrEmpty(entry.s.Origin.Name));
        });
    }

    [Fact]
    public async Task A_blank_form_adds_no_field_text_and_stays_public()
    {
        // pdf.js bug1669099: a blank membership application (labelled Public in ../shared/eval).
        var document = await ReaderTestKit.ReadWithTimeoutAsync(new PdfDocumentReader(ReaderTestKit.DefaultLimits), Corpus.Bytes("real/pdfjs_bug1669099.pdf"));

        Assert.DoesNotContain(document.Pages.SelectMany(p => p.Segments), s => s.Origin.Kind == TextOriginKind.FormField);
    }

    [Fact]
    public async Task Sticky_notes_are_page_text_of_origin_annotation_but_test_strings_are_no_review()
    {
        // pdf.js file_pdfjs_test.pdf: Text and FreeText annotations holding test strings; labelled Public.
        await using var kit = new OcrTestKit();
        var engine = kit.Services.GetRequiredService<IBatchEngine>();
        var content = Corpus.Bytes("real/pdfjs_file_pdfjs_test.pdf");

        var document = await kit.ExtractAsync(content);
        var result = await engine.ClassifyAsync(new IncomingDocument("test.pdf", new MemoryStream(content)));

        var page = document.Pages[0];
        var notes = page.Segments.Where(s => s.Origin.Kind == TextOriginKind.Annotation).Select(s => page.Text.Substring(s.Start, s.Length)).ToList();
        Assert.Contains(notes, n => n.Contains("A text annotation should be displayed here", StringComparison.Ordinal));
        Assert.DoesNotContain(result.RawSignals, s => s.Type == "DocKind:Review");
        Assert.Equal(SensitivityCategory.Public, result.FinalCategory);
    }
}
