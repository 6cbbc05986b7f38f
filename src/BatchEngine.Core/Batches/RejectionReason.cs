namespace BatchEngine.Batches;

/// <summary>Why a file was refused at submission.</summary>
public enum RejectionReason
{
    /// <summary>The file has no bytes.</summary>
    Empty,

    /// <summary>No reader recognises the file's first bytes.</summary>
    UnsupportedType,

    /// <summary>The file is over the per-file limit.</summary>
    TooLarge,
}
