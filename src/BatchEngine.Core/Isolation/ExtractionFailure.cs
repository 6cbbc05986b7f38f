namespace BatchEngine.Isolation;

/// <summary>Why the reader process was killed (or, for <see cref="Poisoned"/>, not used at all).</summary>
internal enum ExtractionFailure
{
    Timeout,
    Crashed,
    MemoryLimit,
    ProtocolError,
    Poisoned,
}
