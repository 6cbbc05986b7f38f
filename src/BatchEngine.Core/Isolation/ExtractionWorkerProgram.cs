namespace BatchEngine.Isolation;

/// <summary>
/// Entry point of BatchEngine.Core.dll when the extraction pool starts it as a child process
/// (<c>dotnet exec ... BatchEngine.Core.dll --batchengine-extraction-worker PARENT_PID</c>).
/// An application that references the library never runs this.
/// </summary>
internal static class ExtractionWorkerProgram
{
    public const string WorkerSwitch = "--batchengine-extraction-worker";

    internal static int Main(string[] args)
    {
        if (args.Length != 2 || args[0] != WorkerSwitch || !int.TryParse(args[1], out var parentProcessId))
        {
            Console.Error.WriteLine($"BatchEngine.Core is a library. The extraction pool runs it as: {WorkerSwitch} PARENT_PID");
            return WorkerExitCodes.Usage;
        }

        // Standard output carries the protocol only: anything a library prints goes to standard error.
        var protocolOutput = Console.OpenStandardOutput();
        Console.SetOut(Console.Error);
        ParentWatchdog.Start(parentProcessId);
        var faultsAllowed = Environment.GetEnvironmentVariable(WorkerEnvironment.FaultInjectionVariable) == "1";
        return new ExtractionWorkerLoop(Console.OpenStandardInput(), protocolOutput, faultsAllowed).Run();
    }
}
