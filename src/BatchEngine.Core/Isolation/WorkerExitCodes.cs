namespace BatchEngine.Isolation;

/// <summary>Exit codes the extraction worker uses on its own (a crash gives the runtime's or the signal's code).</summary>
internal static class WorkerExitCodes
{
    public const int Done = 0;
    public const int Usage = 2;
    public const int OutOfMemory = 3;
    public const int ParentGone = 4;
}
