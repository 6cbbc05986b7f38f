// The child process's entry point: stdin and stdout are its protocol with the host and stderr its log, so the
// console is its to use (the library ban on Console does not apply here).
#pragma warning disable RS0030
using BatchEngine.Isolation.Protocol;

namespace BatchEngine.Isolation.Child;

/// <summary>
/// Entry point of BatchEngine.Core.dll when the extraction pool starts it as a child process
/// (<c>dotnet exec ... BatchEngine.Core.dll --batchengine-extraction-process PARENT_PID</c>).
/// An application that references the library never runs this.
/// </summary>
internal static class ExtractionProcessProgram
{
    public const string ProcessSwitch = "--batchengine-extraction-process";

    internal static int Main(string[] args)
    {
        if (args.Length != 2 || args[0] != ProcessSwitch || !int.TryParse(args[1], out var parentProcessId))
        {
            Console.Error.WriteLine($"BatchEngine.Core is a library. The extraction pool runs it as: {ProcessSwitch} PARENT_PID");
            return ExtractionProcessExitCodes.Usage;
        }

        // Standard output carries the protocol only: anything a library prints goes to standard error.
        var protocolOutput = Console.OpenStandardOutput();
        Console.SetOut(Console.Error);
        ParentWatchdog.Start(parentProcessId);
        var faultsAllowed = Environment.GetEnvironmentVariable(ExtractionProcessEnvironment.FaultInjectionVariable) == "1";
        return new ExtractionProcessLoop(Console.OpenStandardInput(), protocolOutput, faultsAllowed).Run();
    }
}
