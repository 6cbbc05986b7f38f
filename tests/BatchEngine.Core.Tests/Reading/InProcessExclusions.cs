namespace BatchEngine.Tests.Reading;

/// <summary>
/// Corpus files that must never be parsed inside the test process: each one kills any process that reads it
/// with PdfPig 0.1.16, which no catch can stop. Found by reading every corpus file in a throwaway process
/// (exit code 134 with "Stack overflow" on stderr). The isolated reader's tests cover them.
/// </summary>
internal static class InProcessExclusions
{
    public static readonly IReadOnlyDictionary<string, string> Files = new Dictionary<string, string>
    {
        // xref offset overflows 64 bits and endstream is missing: the lenient parser's repair recurses without end.
        ["broken/pdfjs_REDHAT-1531897-0.pdf"] = "stack overflow in PdfPig's xref repair",

        // Self- and mutually-referencing form XObjects: content-stream processing recurses into them forever.
        ["broken/pdfminer_issue-1113-evil-xobjects.pdf"] = "stack overflow through self-referencing form XObjects",
    };

    public static IEnumerable<string> SafeFiles() => Corpus.AllFiles().Where(file => !Files.ContainsKey(file));
}
