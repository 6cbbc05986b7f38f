namespace BatchEngine.Cli.Classify;

/// <summary>How one input file ended.</summary>
internal enum FileState
{
    /// <summary>Classified.</summary>
    Completed,

    /// <summary>The engine could not read or classify it (its error says why).</summary>
    Failed,

    /// <summary>Stopped by Ctrl+C before it finished.</summary>
    Cancelled,

    /// <summary>Refused before processing: empty, of an unsupported type, or too large.</summary>
    Refused,

    /// <summary>The path named no file or folder, or the file could not be opened.</summary>
    Missing,

    /// <summary>Found in a folder but of a type the engine does not read: left alone, not a failure.</summary>
    Skipped,
}
