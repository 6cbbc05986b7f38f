namespace BatchEngine.Benchmarks.Corpus;

/// <summary>One corpus file, read into memory once so benchmarks measure parsing, not the disk.</summary>
internal sealed record CorpusFile(string Name, byte[] Bytes);
