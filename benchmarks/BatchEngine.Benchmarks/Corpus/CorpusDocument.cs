using BatchEngine.Reading;

namespace BatchEngine.Benchmarks.Corpus;

/// <summary>A corpus file the engine's reader extracted, with what it got out of it.</summary>
internal sealed record CorpusDocument(CorpusFile File, ExtractedDocument Extracted);
