namespace BatchEngine.Jobs;

/// <summary>The only progress values a document takes, in percent, as the HTTP contract (docs/http.md) defines them.</summary>
public static class ProgressStages
{
    /// <summary>Queued, not started.</summary>
    public const double Pending = 0.0;

    /// <summary>A worker picked the document up.</summary>
    public const double Started = 10.0;

    /// <summary>The reader extracted its pages.</summary>
    public const double DocumentLoaded = 30.0;

    /// <summary>Every detector ran.</summary>
    public const double DetectorsCompleted = 60.0;

    /// <summary>The classifier produced a classification.</summary>
    public const double ClassificationCompleted = 90.0;

    /// <summary>The result is stored; the document is completed.</summary>
    public const double ResultsSaved = 100.0;
}
