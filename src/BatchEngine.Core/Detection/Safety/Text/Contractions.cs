namespace BatchEngine.Detection.Safety.Text;

/// <summary>Expands "can't", "they're", "I'll", "women's" into the words the grammar reads.</summary>
internal static class Contractions
{
    /// <summary>The words a word with an apostrophe stands for: its base, then what the ending stands for (or nothing).</summary>
    public static (string First, string? Second) Expand(string stem, string ending)
    {
        switch (ending)
        {
            case "t" when stem.EndsWith('n'):
                string verb = stem[..^1] switch
                {
                    "ca" => "can",
                    "wo" => "will",
                    "sha" => "shall",
                    "ai" => "is",
                    var other => other,
                };
                return (verb, "not");
            case "re":
                return (stem, "are");
            case "ll":
                return (stem, "will");
            case "m":
                return (stem, "am");
            case "d":
                return (stem, "would");
            case "ve":
                return (stem, "have");
            case "s" when stem is "it" or "that" or "he" or "she" or "there" or "what" or "who" or "here" or "let":
                return stem == "let" ? ("let", "us") : (stem, "is");
            case "s" or "":
                return (stem, null);
            default:
                return (stem + ending, null);
        }
    }
}
