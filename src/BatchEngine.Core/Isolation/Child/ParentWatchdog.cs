using System.Diagnostics;
using BatchEngine.Isolation.Protocol;

namespace BatchEngine.Isolation.Child;

/// <summary>
/// Ends the child when its host is gone. A child stuck in a parser loop never reads its closed standard
/// input, so it must notice on its own, or a killed host would leave orphans burning a core.
/// </summary>
internal static class ParentWatchdog
{
    public static void Start(int parentProcessId)
    {
        var thread = new Thread(() => Watch(parentProcessId)) { IsBackground = true, Name = "parent watchdog" };
        thread.Start();
    }

    private static void Watch(int parentProcessId)
    {
        try
        {
            using var parent = Process.GetProcessById(parentProcessId);
            parent.WaitForExit();
        }
        catch (ArgumentException)
        {
            // Already gone.
        }

        Environment.Exit(ExtractionProcessExitCodes.ParentGone);
    }
}
