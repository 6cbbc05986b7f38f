using BatchEngine.Reading;

namespace BatchEngine.Office.Tests.Generated;

/// <summary>Every feature of the Word and Excel readers, on files written with the Open XML SDK.</summary>
public sealed class GeneratedDocumentTests
{
    [Fact]
    public async Task A_word_document_gives_its_body_tables_notes_comments_and_insertions_page_by_page()
    {
        var document = await OfficeTestKit.ReadAsync(GeneratedDocuments.Word());

        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", document.MediaType);
        Assert.Equal(2, document.PageCount);
        var first = document.Pages[0].Text;
        Assert.Contains("The budget is twelve million dollars.", first, StringComparison.Ordinal);
        Assert.DoesNotContain("ten million", first, StringComparison.Ordinal);
        Assert.Contains("Name\tRole\nAda\tEngineer", first, StringComparison.Ordinal);
        Assert.Equal(["twelve million"], OfficeTestKit.OfOrigin(document, TextOriginKind.TrackedInsertion));
        Assert.Equal(["Acme Corp - internal"], OfficeTestKit.OfOrigin(document, TextOriginKind.Header));
        Assert.Equal(["Source: the 2023 staff survey."], OfficeTestKit.OfOrigin(document, TextOriginKind.Footnote));
        Assert.Equal(["Please clarify the budget figure."], OfficeTestKit.OfOrigin(document, TextOriginKind.Comment));
        Assert.Equal(["Page footer text"], OfficeTestKit.OfOrigin(document, TextOriginKind.Footer));
        Assert.StartsWith("Second page text.", document.Pages[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_workbook_gives_each_sheet_as_a_page_with_shared_and_inline_strings_and_dates()
    {
        var document = await OfficeTestKit.ReadAsync(GeneratedDocuments.Excel());

        Assert.Equal(2, document.PageCount);
        Assert.Equal("Staff\n\nEmployee\tBorn\nGrace Hopper\t1906-12-09\n42.5\tTRUE", document.Pages[0].Text);
        Assert.Equal("Pay\n\nhidden salary 90000", document.Pages[1].Text);
    }

    [Fact]
    public async Task Speaker_notes_of_a_powerpoint_deck_keep_their_origin()
    {
        // python-pptx's sld-notes.pptx (written by PowerPoint): the first slide has notes reading "Notes".
        var document = await OfficeTestKit.ReadAsync(await File.ReadAllBytesAsync(Path.Combine(OfficeTestKit.CorpusFolder, "pptx_slide-notes.pptx")));

        Assert.Equal(2, document.PageCount);
        Assert.Equal(["Notes"], OfficeTestKit.OfOrigin(document, TextOriginKind.SpeakerNotes));
    }

    [Fact]
    public async Task Reviewer_comments_in_a_word_file_are_comment_text()
    {
        // python-docx's comments-rich-para.docx, written by Word.
        var document = await OfficeTestKit.ReadAsync(await File.ReadAllBytesAsync(Path.Combine(OfficeTestKit.CorpusFolder, "docx_comments-rich-para.docx")));

        Assert.NotEmpty(OfficeTestKit.OfOrigin(document, TextOriginKind.Comment));
        Assert.Contains("Some text worthy of note.", document.Pages[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rendered_page_breaks_start_new_pages()
    {
        var document = await OfficeTestKit.ReadAsync(await File.ReadAllBytesAsync(Path.Combine(OfficeTestKit.CorpusFolder, "docx_rendered-page-breaks.docx")));

        Assert.True(document.PageCount >= 4, $"{document.PageCount} pages");
        Assert.StartsWith("<<followed by more text.", document.Pages[1].Text, StringComparison.Ordinal);
    }
}
