namespace BatchEngine.Isolation.Protocol;

/// <summary>Exit codes the extraction process uses on its own (a crash gives the runtime's or the signal's code).</summary>
internal static class ExtractionProcessExitCodes
{
    public const int Done = 0;
    public const int Usage = 2;
    public const int OutOfMemory = 3;
    public const int ParentGone = 4;
}
