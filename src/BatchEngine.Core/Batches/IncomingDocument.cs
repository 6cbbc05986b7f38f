namespace BatchEngine.Batches;

/// <summary>
/// One file offered to <see cref="IBatchEngine.SubmitAsync"/>. When documents come as an async sequence
/// (a streamed upload), <paramref name="Content"/> is read to its end (or until it goes over the size limit)
/// before the next item is asked for, and never after.
/// </summary>
/// <param name="FileName">The name the user gave the file; kept for display only, never used as a path.</param>
/// <param name="Content">The bytes, read once from the current position.</param>
public sealed record IncomingDocument(string FileName, Stream Content);
