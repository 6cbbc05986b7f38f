namespace BatchEngine.Batches;

/// <summary>A file refused at submission, and why.</summary>
/// <param name="FileName">The cleaned file name.</param>
/// <param name="Reason">Why it was refused.</param>
/// <param name="Message">The reason in plain words.</param>
public sealed record RejectedDocument(string FileName, RejectionReason Reason, string Message);
