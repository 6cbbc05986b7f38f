using BatchEngine.Classification;

namespace BatchEngine.Jobs;

/// <summary>
/// What each document transition of <see cref="Storage.IJobStore"/> does to a record, in one place, so that every
/// store writes the same fields: a store applies the rule to the record it holds, stamps <c>UpdatedAt</c>, and
/// re-derives its job with <see cref="JobStatusRules"/>. Each rule answers null when the transition does not apply
/// to the record's status (the store then answers false). A store that cannot run C# where it writes (a script
/// inside a database) follows the same rules; the conformance tests in BatchEngine.Testing compare its records
/// with these.
/// </summary>
public static class DocumentTransitions
{
    /// <summary>pending -> processing at <see cref="ProgressStages.Started"/>, one more attempt, any earlier error cleared.</summary>
    public static DocumentRecord? Start(DocumentRecord document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Status == DocumentStatus.Pending
            ? document with { Status = DocumentStatus.Processing, Progress = ProgressStages.Started, Attempts = document.Attempts + 1, Error = null }
            : null;
    }

    /// <summary>A processing document's progress rises to <paramref name="progress"/>; it never falls.</summary>
    public static DocumentRecord? Progress(DocumentRecord document, double progress)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Status == DocumentStatus.Processing ? document with { Progress = Math.Max(document.Progress, progress) } : null;
    }

    /// <summary>processing -> completed at <see cref="ProgressStages.ResultsSaved"/> with its classification.</summary>
    public static DocumentRecord? Complete(DocumentRecord document, ClassificationResult result)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Status == DocumentStatus.Processing
            ? document with { Status = DocumentStatus.Completed, Progress = ProgressStages.ResultsSaved, Classification = result }
            : null;
    }

    /// <summary>pending or processing -> failed at 0% with the error ("ExceptionType: message").</summary>
    public static DocumentRecord? Fail(DocumentRecord document, string error)
    {
        ArgumentNullException.ThrowIfNull(document);
        return JobStatusRules.IsTerminal(document.Status)
            ? null
            : document with { Status = DocumentStatus.Failed, Progress = ProgressStages.Pending, Error = error };
    }

    /// <summary>
    /// processing -> pending at 0%, to be started again (a graceful stop, a claim taken over). The attempt stays
    /// counted and the error stays until the next start clears it.
    /// </summary>
    public static DocumentRecord? Release(DocumentRecord document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Status == DocumentStatus.Processing
            ? document with { Status = DocumentStatus.Pending, Progress = ProgressStages.Pending }
            : null;
    }

    /// <summary>pending or processing -> cancelled at 0% (its job was cancelled, or a result came after the cancel).</summary>
    public static DocumentRecord? Cancel(DocumentRecord document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return JobStatusRules.IsTerminal(document.Status)
            ? null
            : document with { Status = DocumentStatus.Cancelled, Progress = ProgressStages.Pending };
    }
}
