namespace BatchEngine.Processing;

/// <summary>Where a document's processing failed, so its error can say so in the engine's own words.</summary>
internal enum FailureStage
{
    /// <summary>Opening or reading the content (before 30%).</summary>
    Reading,

    /// <summary>Running the detectors (30% to 60%).</summary>
    Detecting,

    /// <summary>Running the classifier (60% to 90%).</summary>
    Classifying,

    /// <summary>Storing the result (90% to 100%).</summary>
    Saving,

    /// <summary>Handing the job to the work queue.</summary>
    Queueing,
}
