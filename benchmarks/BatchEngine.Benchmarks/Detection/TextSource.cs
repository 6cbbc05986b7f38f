namespace BatchEngine.Benchmarks.Detection;

/// <summary>Which text the detectors scan.</summary>
public enum TextSource
{
    /// <summary>The text the engine's reader extracts from the real PDFs of the corpus.</summary>
    Corpus,

    /// <summary>Generated plain text dense in PII, markers and secrets.</summary>
    GeneratedPii,
}
