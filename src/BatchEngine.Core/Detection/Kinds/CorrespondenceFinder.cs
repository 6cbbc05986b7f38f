using BatchEngine.Detection.Scanning;

namespace BatchEngine.Detection.Kinds;

/// <summary>
/// Memos and e-mails by their header block: <c>To:</c>, <c>From:</c>, <c>Date:</c>/<c>Sent:</c>,
/// <c>Subject:</c>/<c>Re:</c>, <c>Cc:</c> lines near the top of the first page (or a <c>MEMORANDUM</c> title with
/// two of them). Headers whose <c>From</c> or <c>To</c> hold e-mail addresses make an e-mail: bulk mail
/// (unsubscribe links, "view in browser", list headers, no-reply senders, newsletters) is
/// <see cref="DocumentKinds.BulkMail"/>; anything else is correspondence,
/// <see cref="DocumentKinds.InternalEmail"/>, surest when sender and recipient share one organisation's domain.
/// Without addresses the block is a memo (<see cref="DocumentKinds.Memo"/>). The hit is the subject line.
/// </summary>
internal sealed class CorrespondenceFinder : IKindFinder
{
    /// <summary>How many lines from the top a header block may start and run: e-mail files carry many transport headers first.</summary>
    private const int HeaderLines = 70;

    private static readonly LabelNames To = new("to", "memo to", "attn", "attention", "recipient", "recipients", "an");
    private static readonly LabelNames From = new("from", "sender", "von");
    private static readonly LabelNames Subject = new("subject", "re", "betreff", "objet", "topic");
    private static readonly LabelNames When = new("date", "sent", "datum");
    private static readonly LabelNames Copy = new("cc", "bcc", "copy", "copies");
    private static readonly LabelNames Transport = new("message-id", "mime-version", "received", "return-path", "content-type", "x-mailer", "delivered-to", "reply-to");

    private static readonly ContextWords BulkWords = new(
    [
        "unsubscribe", "list-unsubscribe", "list-id", "view in browser", "view in your browser", "view this email in your browser",
        "view it in your browser", "precedence: bulk", "precedence: list", "mailing list", "newsletter", "you are receiving this",
        "you received this", "manage your preferences", "email preferences", "noreply@", "no-reply@", "donotreply@", "do-not-reply@",
        "for immediate release", "press release",
    ]);

    private static readonly ContextWords MemoTitles = new(["memorandum", "memo", "interoffice", "inter-office"]);

    public void Find(ReadOnlySpan<char> text, List<TextLine> lines, int page, List<Finding> found)
    {
        if (page != 1)
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        TextLine? subject = null, from = null, to = null;
        bool transport = false, memoTitle = false;
        foreach (TextLine line in lines.Take(HeaderLines))
        {
            if (!line.HasLabel)
            {
                memoTitle |= IsMemoTitle(text, line);
                continue;
            }

            ReadOnlySpan<char> label = line.Label(text);
            transport |= Transport.Contains(label);
            if (To.Contains(label) && line.ValueLength > 0) { seen.Add("to"); to ??= line; }
            else if (From.Contains(label) && line.ValueLength > 0) { seen.Add("from"); from ??= line; }
            else if (Subject.Contains(label) && line.ValueLength > 0) { seen.Add("subject"); subject ??= line; }
            else if (When.Contains(label) && line.ValueLength > 0) { seen.Add("date"); }
            else if (Copy.Contains(label)) { seen.Add("cc"); }
        }

        bool block = (seen.Contains("to") && seen.Contains("from") && seen.Count >= 3) || (memoTitle && seen.Count >= 2);
        if (!block)
        {
            return;
        }

        TextLine hit = subject ?? from ?? to!.Value;
        bool addresses = HasAddress(text, from) || HasAddress(text, to);
        if (!addresses && !transport)
        {
            found.Add(new Finding(hit.ContentStart, hit.ContentLength, DocumentKinds.Memo, memoTitle || seen.Count >= 4 ? 0.9 : 0.8, MaskStyle.None));
            return;
        }

        if (BulkWords.Within(text, 0, text.Length))
        {
            found.Add(new Finding(hit.ContentStart, hit.ContentLength, DocumentKinds.BulkMail, 0.85, MaskStyle.None));
            return;
        }

        bool colleagues = from is { } f && to is { } t && SameDomain(f.Value(text), t.Value(text));
        found.Add(new Finding(hit.ContentStart, hit.ContentLength, DocumentKinds.InternalEmail, colleagues ? 0.9 : 0.75, MaskStyle.None));
    }

    private static bool IsMemoTitle(ReadOnlySpan<char> text, TextLine line)
    {
        ReadOnlySpan<char> content = line.Content(text);
        return content.Length is > 0 and <= 30 && MemoTitles.Within(content, 0, content.Length) && !content.Contains("this", StringComparison.OrdinalIgnoreCase);
    }

    private static bool HasAddress(ReadOnlySpan<char> text, TextLine? line) => line is { } l && l.Value(text).Contains('@');

    private static bool SameDomain(ReadOnlySpan<char> from, ReadOnlySpan<char> to)
    {
        ReadOnlySpan<char> sender = Domain(from);
        return !sender.IsEmpty && to.Contains(string.Concat("@", sender), StringComparison.OrdinalIgnoreCase);
    }

    private static ReadOnlySpan<char> Domain(ReadOnlySpan<char> value)
    {
        int at = value.IndexOf('@');
        if (at < 0)
        {
            return [];
        }

        int end = at + 1;
        while (end < value.Length && (char.IsLetterOrDigit(value[end]) || value[end] is '.' or '-'))
        {
            end++;
        }

        return value[(at + 1)..end].TrimEnd('.');
    }
}
