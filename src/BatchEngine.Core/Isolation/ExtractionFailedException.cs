namespace BatchEngine.Isolation;

/// <summary>
/// The reader process had to be killed for a document. The message starts with the reason
/// (<c>ExtractionTimeout</c>, <c>ExtractionCrashed</c>, <c>ExtractionMemoryLimit</c>, <c>ExtractionProtocolError</c>,
/// <c>ExtractionPoisoned</c>) so the document's error says which.
/// </summary>
internal sealed class ExtractionFailedException(ExtractionFailure failure, string message) : Exception(message)
{
    public ExtractionFailure Failure { get; } = failure;
}
