namespace BatchEngine.Batches;

/// <summary>A file refused at submission, and why.</summary>
/// <param name="Filename">The cleaned file name.</param>
/// <param name="Reason">Why it was refused.</param>
/// <param name="Message">The reason in plain words.</param>
public sealed record RejectedDocument(string Filename, RejectionReason Reason, string Message);
