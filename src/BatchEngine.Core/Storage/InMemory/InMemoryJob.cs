using BatchEngine.Classification;
using BatchEngine.Jobs;

namespace BatchEngine.Storage.InMemory;

/// <summary>
/// One job and its documents inside <see cref="InMemoryJobStore"/>. Every change takes this job's own lock,
/// so workers of different jobs never contend, and the job's counters, progress and status are recomputed
/// from document transitions in the same critical section (a document is counted exactly once).
/// </summary>
internal sealed class InMemoryJob
{
    private readonly Lock _gate = new();
    private readonly List<DocumentRecord> _documents;
    private readonly Dictionary<string, int> _indexByDocId;
    private readonly DocumentTally _tally = new();
    private JobRecord _job;
    private bool _cancelRequested;
    private string? _jobError;
    private bool _deleted;

    public InMemoryJob(JobRecord job, IReadOnlyList<DocumentRecord> documents, long sequence)
    {
        Sequence = sequence;
        CreatedAt = job.CreatedAt;
        Owner = job.Owner;
        _documents = new List<DocumentRecord>(documents.Count);
        _indexByDocId = new Dictionary<string, int>(documents.Count, StringComparer.Ordinal);
        foreach (var document in documents)
        {
            var pending = document with
            {
                Status = DocumentStatus.Pending,
                Progress = ProgressStages.Pending,
                Error = null,
                Attempts = 0,
                Classification = null,
                Review = null,
            };
            _indexByDocId.Add(pending.DocId, _documents.Count);
            _documents.Add(pending);
            _tally.Add(pending);
        }

        _job = job;
        _job = Derive(job.UpdatedAt);
    }

    /// <summary>Creation order inside the store; breaks ties between jobs created at the same instant.</summary>
    public long Sequence { get; }

    public string JobId => _job.JobId;

    /// <summary>Never changes, so listing reads it without the job's lock.</summary>
    public DateTimeOffset CreatedAt { get; }

    /// <summary>Never changes, so listing filters on it without the job's lock.</summary>
    public string? Owner { get; }

    public IEnumerable<string> DocIds
    {
        get
        {
            lock (_gate)
            {
                return _documents.ConvertAll(d => d.DocId);
            }
        }
    }

    public JobRecord Job
    {
        get
        {
            lock (_gate)
            {
                return _job;
            }
        }
    }

    public IReadOnlyList<DocumentRecord> Documents
    {
        get
        {
            lock (_gate)
            {
                return _deleted ? [] : _documents.ToArray();
            }
        }
    }

    /// <summary>The job and its documents read under one lock, or null once deleted.</summary>
    public JobSnapshot? Snapshot()
    {
        lock (_gate)
        {
            return _deleted ? null : new JobSnapshot(_job, _documents.ToArray());
        }
    }

    public DocumentRecord? GetDocument(string docId)
    {
        lock (_gate)
        {
            return !_deleted && _indexByDocId.TryGetValue(docId, out var i) ? _documents[i] : null;
        }
    }

    /// <summary>Applies <paramref name="transition"/> to the document when it returns a new record; false when it declines.</summary>
    public bool Change<TState>(string docId, DateTimeOffset now, TState state, Func<DocumentRecord, TState, DocumentRecord?> transition)
    {
        lock (_gate)
        {
            if (_deleted || !_indexByDocId.TryGetValue(docId, out var i))
            {
                return false;
            }

            var before = _documents[i];
            var after = transition(before, state);
            if (after is null)
            {
                return false;
            }

            _tally.Remove(before);
            after = after with { UpdatedAt = now };
            _tally.Add(after);
            _documents[i] = after;
            _job = Derive(now);
            return true;
        }
    }

    /// <summary>
    /// processing -> completed with the result; false when not processing. A result that arrives after the job was
    /// cancelled is refused and the document ends cancelled, as one step with the check.
    /// </summary>
    public bool Complete(string docId, DateTimeOffset now, ClassificationResult result)
    {
        lock (_gate)
        {
            var cancelled = _cancelRequested;
            var changed = Change(docId, now, result, (d, r) => d.Status != DocumentStatus.Processing ? null
                : cancelled ? DocumentTransitions.Cancel(d)
                : DocumentTransitions.Complete(d, r));
            return changed && !cancelled;
        }
    }

    public bool Cancel(DateTimeOffset now)
    {
        lock (_gate)
        {
            if (_deleted || JobStatusRules.IsTerminal(_job.Status))
            {
                return false;
            }

            _cancelRequested = true;
            EndPendingDocuments(now, static d => DocumentTransitions.Cancel(d)!);
            _job = Derive(now);
            return true;
        }
    }

    public bool Fail(string error, DateTimeOffset now)
    {
        lock (_gate)
        {
            if (_deleted || JobStatusRules.IsTerminal(_job.Status))
            {
                return false;
            }

            _jobError = error;
            EndPendingDocuments(now, d => DocumentTransitions.Fail(d, error)!);
            _job = Derive(now);
            return true;
        }
    }

    public bool RemoveDocument(string docId, DateTimeOffset now)
    {
        lock (_gate)
        {
            if (_deleted || !_indexByDocId.TryGetValue(docId, out var i))
            {
                return false;
            }

            _tally.Remove(_documents[i]);
            _documents.RemoveAt(i);
            _indexByDocId.Remove(docId);
            for (var j = i; j < _documents.Count; j++)
            {
                _indexByDocId[_documents[j].DocId] = j;
            }

            _job = Derive(now);
            return true;
        }
    }

    /// <summary>Marks the job deleted so that a worker still holding it changes nothing. False when already deleted.</summary>
    public bool MarkDeleted()
    {
        lock (_gate)
        {
            if (_deleted)
            {
                return false;
            }

            _deleted = true;
            return true;
        }
    }

    private void EndPendingDocuments(DateTimeOffset now, Func<DocumentRecord, DocumentRecord> end)
    {
        for (var i = 0; i < _documents.Count; i++)
        {
            var before = _documents[i];
            if (before.Status != DocumentStatus.Pending)
            {
                continue;
            }

            var after = end(before) with { UpdatedAt = now };
            _tally.Remove(before);
            _tally.Add(after);
            _documents[i] = after;
        }
    }

    private JobRecord Derive(DateTimeOffset now)
    {
        var (status, error) = JobStatusRules.Derive(
            _tally.Total, _tally.Pending, _tally.Completed, _tally.Failed, _tally.Cancelled, _cancelRequested, _jobError);
        return _job with
        {
            Status = status,
            Error = error,
            TotalFiles = _tally.Total,
            Completed = _tally.Completed,
            Failed = _tally.Failed,
            Cancelled = _tally.Cancelled,
            Progress = JobStatusRules.MeanProgress(_tally.ProgressSum, _tally.Total),
            UpdatedAt = now,
        };
    }
}
