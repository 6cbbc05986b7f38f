using System.Runtime.CompilerServices;
using System.Text;
using BatchEngine.Isolation.Protocol;

namespace BatchEngine.Isolation.Child;

/// <summary>
/// Test-only misbehaviour of the child, chosen by a marker in the document (<c>%BatchEngineFault:Name</c>)
/// and obeyed only when the pool set <see cref="ExtractionProcessEnvironment.FaultInjectionVariable"/>.
/// </summary>
internal enum ExtractionFault
{
    None,
    StackOverflow,
    Hang,
    AllocateWithoutBound,
    GarbageOutput,

    /// <summary>A well-framed <see cref="FrameKind.PageStarted"/> whose payload is too short to decode, then the normal answer.</summary>
    ShortPageFrame,
}

/// <summary>Finds and acts out <see cref="ExtractionFault"/> markers.</summary>
internal static class ExtractionFaults
{
    private const string MarkerPrefix = "%BatchEngineFault:";

    /// <summary>A PDF-looking document that asks the child for <paramref name="fault"/>.</summary>
    public static byte[] DocumentWith(ExtractionFault fault) => Encoding.ASCII.GetBytes($"%PDF-1.7\n{MarkerPrefix}{fault}\n%%EOF\n");

    public static ExtractionFault Find(ReadOnlySpan<byte> content)
    {
        var window = content.Length > 1024 ? content[..1024] : content;
        var at = window.IndexOf(Encoding.ASCII.GetBytes(MarkerPrefix));
        if (at < 0)
        {
            return ExtractionFault.None;
        }

        var rest = Encoding.ASCII.GetString(window[(at + MarkerPrefix.Length)..]);
        var name = rest.Split('\n', '\r')[0];
        return Enum.TryParse<ExtractionFault>(name, out var fault) ? fault : ExtractionFault.None;
    }

    public static void ActOut(ExtractionFault fault, Stream protocolOutput)
    {
        switch (fault)
        {
            case ExtractionFault.StackOverflow:
                Recurse(0);
                break;
            case ExtractionFault.Hang:
                Thread.Sleep(Timeout.Infinite);
                break;
            case ExtractionFault.AllocateWithoutBound:
                AllocateForever();
                break;
            case ExtractionFault.ShortPageFrame:
                ExtractionFrames.Write(protocolOutput, FrameKind.PageStarted, [1]);
                break;
            case ExtractionFault.GarbageOutput:
                protocolOutput.Write("this is not a frame of the extraction protocol\n"u8);
                protocolOutput.Flush();
                Thread.Sleep(Timeout.Infinite);
                break;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Recurse(int depth) => Recurse(depth + 1) + 1;

    private static void AllocateForever()
    {
        var kept = new List<byte[]>();
        while (true)
        {
            var block = new byte[16 << 20];
            Array.Fill(block, (byte)1); // touch the pages so the memory is really used
            kept.Add(block);
        }
    }
}
