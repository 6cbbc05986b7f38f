namespace BatchEngine.Detection.Pii.Phones;

/// <summary>
/// A run of text shaped like a phone number, before the library validates it: where it stands, where its
/// digits end (an extension may follow), and the shape facts the finder's confidence depends on.
/// </summary>
/// <param name="Start">Index of the first character (<c>+</c>, <c>(</c> or a digit).</param>
/// <param name="DigitsEnd">Index after the last digit group, before any extension.</param>
/// <param name="End">Index after the extension when there is one, else <paramref name="DigitsEnd"/>.</param>
/// <param name="DigitCount">Digits of the number, without the extension and without an international <c>(0)</c>.</param>
/// <param name="Groups">Digit groups, a parenthesised area code counted as one.</param>
/// <param name="International">Written with a leading <c>+</c>.</param>
/// <param name="AreaInParentheses">The first group is a parenthesised area code (<c>(212)</c>, <c>(02)</c>, <c>(11)</c>).</param>
/// <param name="DotSeparated">Groups are split by dots (<c>03.12.34.56.78</c>).</param>
/// <param name="LastSeparatorIsSpace">The last group follows a space, so it may be a different number (a year, a count).</param>
internal readonly record struct PhoneCandidate(
    int Start,
    int DigitsEnd,
    int End,
    int DigitCount,
    int Groups,
    bool International,
    bool AreaInParentheses,
    bool DotSeparated,
    bool LastSeparatorIsSpace)
{
    public int Length => End - Start;

    public bool Bare => Groups == 1 && !AreaInParentheses;
}
