using BatchEngine.Detection.Safety.Lexicon;

namespace BatchEngine.Detection.Safety.Text;

/// <summary>
/// One normalised word (or punctuation mark) of a sentence: its place in the page's text, its normal form
/// (lower case, leetspeak, spacing and misspellings undone) and the lexicon classes of that form.
/// </summary>
internal struct SafetyToken
{
    public SafetyToken(int start, int length, string text, WordClass classes, char punctuation = '\0')
    {
        Start = start;
        Length = length;
        Text = text;
        Classes = classes;
        Punctuation = punctuation;
    }

    public int Start { get; }

    public int Length { get; }

    public string Text { get; }

    public WordClass Classes { get; set; }

    /// <summary>The word stood in capitals of at most four letters ("NIP", "ABO"): an acronym rather than a word.</summary>
    public bool IsAcronym { get; init; }

    /// <summary>The mark for a punctuation token (<c>,</c> <c>;</c> <c>:</c> <c>?</c> <c>!</c> <c>.</c>); <c>\0</c> for a word.</summary>
    public char Punctuation { get; }

    public readonly bool IsWord => Punctuation == '\0';

    public readonly int End => Start + Length;

    public readonly bool Is(WordClass classes) => (Classes & classes) != 0;

    public override readonly string ToString() => Text;
}
