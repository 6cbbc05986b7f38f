using BatchEngine.Detection;
using BatchEngine.Telemetry;

namespace BatchEngine.AI.Prompting;

/// <summary>
/// What of a page's text may leave the engine: every value a detector found (PII and secrets) and every value the
/// built-in finders recognise is masked, unless <see cref="ChatClassifierOptions.SendRawText"/> says otherwise.
/// Masked before it is cut, so a cut never leaves half a value unmasked.
/// </summary>
internal static class ModelText
{
    // A value is far shorter than this: cutting this far past the cap keeps any value at the cap whole for masking.
    private const int MaskingMargin = 256;

    public static string Page(string text, int page, IReadOnlyList<DetectionSignal> signals, int maxCharacters, bool raw)
    {
        var window = text.Length > maxCharacters + MaskingMargin ? text[..(maxCharacters + MaskingMargin)] : text;
        if (!raw)
        {
            window = SensitiveTextMasker.Mask(MaskSignals(window, page, signals));
        }

        return window.Length > maxCharacters ? window[..maxCharacters] : window;
    }

    /// <summary>Any other text bound for the model or the result (snippets, explanations, a model's words).</summary>
    public static string Other(string text, bool raw) => raw ? text : SensitiveTextMasker.Mask(text);

    /// <summary>Masks the spans detectors reported as values (a custom detector's too), keeping the last four characters (a name its initials).</summary>
    private static string MaskSignals(string text, int page, IReadOnlyList<DetectionSignal> signals)
    {
        char[]? chars = null;
        foreach (var signal in signals)
        {
            if (signal.Page != page || !IsValue(signal.Type) || signal.Start < 0 || signal.Start >= text.Length)
            {
                continue;
            }

            chars ??= text.ToCharArray();
            var end = Math.Min(text.Length, signal.Start + signal.Length);
            if (signal.Type == PersonName)
            {
                MaskToInitials(chars, signal.Start, end);
                continue;
            }

            var keepFrom = Math.Max(signal.Start, end - 4);
            for (var i = signal.Start; i < keepFrom; i++)
            {
                if (char.IsLetterOrDigit(chars[i]))
                {
                    chars[i] = '*';
                }
            }

            // Short values (a PIN, a name) are masked whole.
            if (signal.Length < 8)
            {
                for (var i = keepFrom; i < end; i++)
                {
                    if (char.IsLetterOrDigit(chars[i]))
                    {
                        chars[i] = '*';
                    }
                }
            }
        }

        return chars is null ? text : new string(chars);
    }

    private const string PersonName = "PII:PersonName";

    /// <summary>A name keeps only its initials ("S*** J***"): its last letters would say more than its first.</summary>
    private static void MaskToInitials(char[] chars, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (char.IsLetterOrDigit(chars[i]) && i > start && char.IsLetterOrDigit(chars[i - 1]))
            {
                chars[i] = '*';
            }
        }
    }

    private static bool IsValue(string type) =>
        type.StartsWith("PII:", StringComparison.Ordinal) || type.StartsWith("Secret:", StringComparison.Ordinal);
}
