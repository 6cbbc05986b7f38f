namespace BatchEngine.Detection.Safety.Lexicon;

/// <summary>A phrase of the lexicon: its normalised words after the first, and the classes it gives each of its tokens.</summary>
internal sealed record LexiconPhrase(string[] Rest, WordClass Classes);
