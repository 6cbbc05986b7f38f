namespace BatchEngine.Reading;

/// <summary>The text of one page, in reading order.</summary>
/// <param name="Number">1-based page number.</param>
/// <param name="Text">The page's text.</param>
public sealed record PageText(int Number, string Text);
