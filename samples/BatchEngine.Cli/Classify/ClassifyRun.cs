using System.Globalization;
using System.Runtime.CompilerServices;
using BatchEngine.DependencyInjection;
using BatchEngine.Batches;
using BatchEngine.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace BatchEngine.Cli.Classify;

/// <summary>
/// One run of the engine in this process: submits the files as one job, reports progress until the job is
/// terminal, and reads every document's answer. A cancel (Ctrl+C) cancels the job, waits for it to settle
/// and still returns what finished.
/// </summary>
internal sealed class ClassifyRun(IReadOnlyList<InputFile> files, int workers)
{
    /// <summary>True when the run was stopped by the cancellation token.</summary>
    public bool Interrupted { get; private set; }

    public async Task<IReadOnlyList<FileOutcome>> RunAsync(Action<IReadOnlyList<FileProgress>> report, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddBatchEngine(options =>
        {
            options.WorkerCount = workers;
            options.JobRetention = null; // the process ends with the run; nothing to sweep
        });
        await using var provider = services.BuildServiceProvider();
        var engine = provider.GetRequiredService<IBatchEngine>();

        var unreadable = new Dictionary<int, string>();
        BatchSubmission submission;
        try
        {
            submission = await engine.SubmitAsync(Documents(unreadable, cancellationToken), cancellationToken: cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Interrupted = true;
            return files.Select(f => new FileOutcome(f.Display, FileState.Cancelled, null, "Cancelled before it was queued.")).ToArray();
        }

        var outcomes = new FileOutcome?[files.Count];
        foreach (var (index, error) in unreadable)
        {
            outcomes[index] = new FileOutcome(files[index].Display, FileState.Missing, null, error);
        }

        foreach (var rejected in submission.Rejected)
        {
            var file = files[IndexOf(rejected.FileName)];
            var skipped = file.FromFolder && rejected.Reason == RejectionReason.UnsupportedType;
            outcomes[IndexOf(rejected.FileName)] = new FileOutcome(file.Display, skipped ? FileState.Skipped : FileState.Refused, null, rejected.Message);
        }

        if (submission.Job is { } job)
        {
            var documents = await WatchAsync(engine, job.JobId, report, cancellationToken);
            foreach (var document in documents)
            {
                var full = await engine.GetDocumentAsync(document.DocId, CancellationToken.None) ?? document;
                outcomes[IndexOf(full.FileName)] = Outcome(files[IndexOf(full.FileName)], full);
            }
        }

        return outcomes.Select((o, i) => o ?? new FileOutcome(files[i].Display, FileState.Missing, null, "The engine did not report this file.")).ToArray();
    }

    private async Task<IReadOnlyList<DocumentRecord>> WatchAsync(IBatchEngine engine, string jobId, Action<IReadOnlyList<FileProgress>> report, CancellationToken cancellationToken)
    {
        try
        {
            return await WatchUntilTerminalAsync(engine, jobId, report, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C: pending documents never start, running ones stop; the job turns terminal at once.
            Interrupted = true;
            await engine.CancelJobAsync(jobId, CancellationToken.None);
            return await WatchUntilTerminalAsync(engine, jobId, report, CancellationToken.None);
        }
    }

    private async Task<IReadOnlyList<DocumentRecord>> WatchUntilTerminalAsync(IBatchEngine engine, string jobId, Action<IReadOnlyList<FileProgress>> report, CancellationToken cancellationToken)
    {
        IReadOnlyList<DocumentRecord> last = [];
        await foreach (var snapshot in engine.WatchJobAsync(jobId, cancellationToken))
        {
            last = snapshot.Documents;
            report(snapshot.Documents
                .Select(d => new FileProgress(files[IndexOf(d.FileName)].Display, d.Status.ToString().ToLowerInvariant(), d.Progress))
                .ToArray());
        }

        return last;
    }

    // Each file goes in under its position ("000012-report.pdf") so every answer maps back to its path,
    // whatever names repeat across folders; the engine never uses a name as a path.
    private async IAsyncEnumerable<IncomingDocument> Documents(Dictionary<int, string> unreadable, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var index = 0; index < files.Count; index++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            FileStream content;
            try
            {
                content = File.OpenRead(files[index].Path);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                unreadable[index] = $"{error.GetType().Name}: {error.Message}";
                continue;
            }

            await using (content)
            {
                yield return new IncomingDocument($"{index.ToString("D6", CultureInfo.InvariantCulture)}-{Path.GetFileName(files[index].Path)}", content);
            }
        }
    }

    private static int IndexOf(string engineName) => int.Parse(engineName.AsSpan(0, 6), CultureInfo.InvariantCulture);

    private static FileOutcome Outcome(InputFile file, DocumentRecord document) => document.Status switch
    {
        DocumentStatus.Completed => new FileOutcome(file.Display, FileState.Completed, document.Classification, null),
        DocumentStatus.Cancelled => new FileOutcome(file.Display, FileState.Cancelled, null, "Cancelled before it finished."),
        _ => new FileOutcome(file.Display, FileState.Failed, null, document.Error ?? $"Ended {document.Status.ToString().ToLowerInvariant()}."),
    };
}
