using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BatchEngine.Reading.Pdf;

/// <summary>
/// Rebuilds a PDF's cross-reference table by scanning for its objects, as poppler and pdf.js do when the
/// table is missing or damaged (objects, then <c>trailer &lt;&lt;/Root 1 0 R&gt;&gt;</c> and no <c>startxref</c>).
/// The new table and trailer are appended as an update at the end of the file, so every byte of the original
/// stays where it was. Objects inside object streams are not seen by the scan; files that need them are
/// read as well as PdfPig's own repair allows.
/// </summary>
internal static partial class PdfCrossReferenceRebuilder
{
    // Object numbers past this are taken for garbage: a table this large would cost more than the file.
    private const int MaxObjectNumber = 8_000_000;

    /// <summary>The file with a rebuilt table appended, or null when no object or no catalog could be found.</summary>
    public static byte[]? Rebuild(byte[] pdf)
    {
        var offsets = ScanObjects(pdf);
        if (offsets.Count == 0)
        {
            return null;
        }

        var trailer = TrailerEntries(pdf) ?? CatalogEntry(pdf, offsets);
        if (trailer is null)
        {
            return null;
        }

        var size = offsets.Keys.Max() + 1;
        var update = new StringBuilder();
        update.Append('\n');
        var xrefOffset = pdf.Length + update.Length;
        update.Append("xref\n0 1\n0000000000 65535 f \n");
        foreach (var run in Runs(offsets.Keys.Order()))
        {
            update.Append(CultureInfo.InvariantCulture, $"{run.First} {run.Count}\n");
            for (var number = run.First; number < run.First + run.Count; number++)
            {
                var (offset, generation) = offsets[number];
                update.Append(CultureInfo.InvariantCulture, $"{offset:D10} {generation:D5} n \n");
            }
        }

        update.Append(CultureInfo.InvariantCulture, $"trailer\n<< {trailer} /Size {size} >>\nstartxref\n{xrefOffset}\n%%EOF\n");
        var tail = Encoding.Latin1.GetBytes(update.ToString());
        var rebuilt = new byte[pdf.Length + tail.Length];
        pdf.CopyTo(rebuilt, 0);
        tail.CopyTo(rebuilt, pdf.Length);
        return rebuilt;
    }

    /// <summary>Every <c>N G obj</c> in the file; the last definition of a number wins, as in an incremental update.</summary>
    internal static Dictionary<int, (long Offset, int Generation)> ScanObjects(ReadOnlySpan<byte> pdf)
    {
        var found = new Dictionary<int, (long, int)>();
        var from = 0;
        while (from < pdf.Length)
        {
            var at = pdf[from..].IndexOf("obj"u8);
            if (at < 0)
            {
                break;
            }

            at += from;
            from = at + 3;
            if (from < pdf.Length && !IsDelimiter(pdf[from]))
            {
                continue;
            }

            if (TryReadHeader(pdf, at, out var start, out var number, out var generation) && number <= MaxObjectNumber)
            {
                found[number] = (start, generation);
            }
        }

        return found;
    }

    // Walks back from "obj" over "<number> <generation> ", which must follow white space or start the file.
    private static bool TryReadHeader(ReadOnlySpan<byte> pdf, int objAt, out long start, out int number, out int generation)
    {
        (start, number, generation) = (0, 0, 0);
        var i = objAt - 1;
        if (!SkipBack(pdf, ref i, IsWhite, atLeastOne: true) || !ReadNumberBack(pdf, ref i, out generation)
            || !SkipBack(pdf, ref i, IsWhite, atLeastOne: true) || !ReadNumberBack(pdf, ref i, out number))
        {
            return false;
        }

        // Only at the start of a line or after white space: "obj" inside a stream's bytes must not count.
        if (i >= 0 && !IsWhite(pdf[i]))
        {
            return false;
        }

        start = i + 1;
        return true;
    }

    private static bool SkipBack(ReadOnlySpan<byte> pdf, ref int i, Func<byte, bool> skip, bool atLeastOne)
    {
        var begin = i;
        while (i >= 0 && skip(pdf[i]))
        {
            i--;
        }

        return !atLeastOne || i < begin;
    }

    private static bool ReadNumberBack(ReadOnlySpan<byte> pdf, ref int i, out int value)
    {
        value = 0;
        var end = i;
        while (i >= 0 && pdf[i] is >= (byte)'0' and <= (byte)'9' && end - i < 10)
        {
            i--;
        }

        return end > i && int.TryParse(pdf[(i + 1)..(end + 1)], NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>The entries of the last trailer dictionary, without the ones the new table replaces.</summary>
    private static string? TrailerEntries(byte[] pdf)
    {
        var at = pdf.AsSpan().LastIndexOf("trailer"u8);
        if (at < 0)
        {
            return null;
        }

        var open = pdf.AsSpan(at).IndexOf("<<"u8);
        if (open < 0)
        {
            return null;
        }

        open += at;
        var close = MatchingClose(pdf, open);
        if (close < 0)
        {
            return null;
        }

        var body = Encoding.Latin1.GetString(pdf, open + 2, close - open - 2);
        body = ReplacedEntries().Replace(body, " ");
        return RootEntry().IsMatch(body) ? body.Trim() : null;
    }

    private static string? CatalogEntry(byte[] pdf, Dictionary<int, (long Offset, int Generation)> offsets)
    {
        foreach (var (number, (offset, generation)) in offsets.OrderByDescending(o => o.Value.Offset))
        {
            var length = (int)Math.Min(4096, pdf.Length - offset);
            var head = Encoding.Latin1.GetString(pdf, (int)offset, length);
            var end = head.IndexOf("endobj", StringComparison.Ordinal);
            if (CatalogType().IsMatch(end < 0 ? head : head[..end]))
            {
                return string.Create(CultureInfo.InvariantCulture, $"/Root {number} {generation} R");
            }
        }

        return null;
    }

    private static int MatchingClose(byte[] pdf, int open)
    {
        var depth = 0;
        for (var i = open; i + 1 < pdf.Length; i++)
        {
            if (pdf[i] == '<' && pdf[i + 1] == '<')
            {
                depth++;
                i++;
            }
            else if (pdf[i] == '>' && pdf[i + 1] == '>')
            {
                depth--;
                i++;
                if (depth == 0)
                {
                    return i - 1;
                }
            }
        }

        return -1;
    }

    private static IEnumerable<(int First, int Count)> Runs(IEnumerable<int> numbers)
    {
        int? first = null;
        var previous = 0;
        foreach (var number in numbers.Where(n => n > 0))
        {
            if (first is null)
            {
                first = number;
            }
            else if (number != previous + 1)
            {
                yield return (first.Value, previous - first.Value + 1);
                first = number;
            }

            previous = number;
        }

        if (first is not null)
        {
            yield return (first.Value, previous - first.Value + 1);
        }
    }

    private static bool IsWhite(byte b) => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'\f' or 0;

    private static bool IsDelimiter(byte b) => IsWhite(b) || b is (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'(' or (byte)')' or (byte)'/' or (byte)'%' or (byte)'{' or (byte)'}';

    [GeneratedRegex(@"/(Size|Prev|XRefStm)\s+\d+")]
    private static partial Regex ReplacedEntries();

    [GeneratedRegex(@"/Root\s+\d+\s+\d+\s+R")]
    private static partial Regex RootEntry();

    [GeneratedRegex(@"/Type\s*/Catalog\b")]
    private static partial Regex CatalogType();
}
