namespace BatchEngine.Isolation.Protocol;

/// <summary>What a frame of the extraction protocol carries.</summary>
internal enum FrameKind : byte
{
    /// <summary>Host to child: read this document (<see cref="ReadRequest"/>).</summary>
    ReadRequest = 1,

    /// <summary>Child to host: started and waiting for documents.</summary>
    Ready = 10,

    /// <summary>Child to host: about to read page N (so a crash can name its page).</summary>
    PageStarted = 11,

    /// <summary>Child to host: the extracted document.</summary>
    Result = 12,

    /// <summary>Child to host: the reader failed with an exception (type and message).</summary>
    Failure = 13,
}
