using System.Collections.Concurrent;
using System.Text;
using BatchEngine.Isolation;
using BatchEngine.Isolation.Child;
using BatchEngine.Reading;
using BatchEngine.Tests.Reading;
using Xunit.Abstractions;

namespace BatchEngine.Tests.Isolation;

public sealed class ConcurrencyTests(ITestOutputHelper output)
{
    private static readonly string[] BenignFiles =
    [
        "real/pypdf_bytes.pdf", "real/pdfminer_jo.pdf", "real/qpdf_i3.pdf", "real/pdfpig_MOZILLA-LINK-5251-1.pdf",
        "real/pdfpig_hex_0x0006.pdf", "real/pdfpig_odwriteex.pdf", "real/pysamples_002-trivial-libre-office-writer.pdf",
        "real/pdfpig_citUR2jB1_ay56u6vELzk.pdf", "real/pdfpig_little-pig-in-armenian.pdf", "real/pysamples_pdfkit.pdf",
    ];

    [Fact]
    public async Task Four_workers_200_documents_20_hostile_180_complete_20_fail_nothing_hangs()
    {
        await using var pool = IsolationTestKit.Pool(size: 4, timeout: TimeSpan.FromSeconds(30), memoryLimitBytes: 256L << 20);
        var documents = Batch();
        var outcomes = new ConcurrentDictionary<int, string>();

        var run = Parallel.ForEachAsync(
            Enumerable.Range(0, documents.Count),
            new ParallelOptions { MaxDegreeOfParallelism = 4 },
            async (index, cancellationToken) =>
            {
                try
                {
                    await pool.ReadAsync(documents[index].Content, ReaderTestKit.DefaultLimits, cancellationToken);
                    outcomes[index] = "ok";
                }
                catch (ExtractionFailedException error)
                {
                    outcomes[index] = error.Message;
                }
            });
        await run.WaitAsync(TimeSpan.FromMinutes(8));

        var failed = outcomes.Where(o => o.Value != "ok").Select(o => o.Key).Order().ToList();
        var hostile = Enumerable.Range(0, documents.Count).Where(i => documents[i].Hostile).ToList();
        foreach (var message in outcomes.Values.Where(v => v != "ok").Distinct().Take(10))
        {
            output.WriteLine(message);
        }

        Assert.Equal(200, outcomes.Count);
        Assert.Equal(180, outcomes.Count(o => o.Value == "ok"));
        Assert.Equal(hostile, failed);
        output.WriteLine($"processes started {pool.ProcessesStarted}, killed {pool.ProcessesKilled}");
        foreach (var index in failed.Take(4))
        {
            output.WriteLine(outcomes[index]);
        }
    }

    private static List<(byte[] Content, bool Hostile)> Batch()
    {
        var faults = new[] { ExtractionFault.StackOverflow, ExtractionFault.Hang, ExtractionFault.AllocateWithoutBound, ExtractionFault.GarbageOutput };
        var benign = BenignFiles.Select(Corpus.Bytes).ToArray();
        var documents = Enumerable.Range(0, 180).Select(i => (benign[i % benign.Length], false)).ToList();
        for (var i = 0; i < 20; i++)
        {
            // Distinct bytes, so each hostile document really reaches a process instead of being refused as known poison.
            byte[] hostile = [.. ExtractionFaults.DocumentWith(faults[i % faults.Length]), .. Encoding.ASCII.GetBytes($"%copy {i}\n")];
            documents.Add((hostile, true));
        }

        var random = new Random(20261129);
        return [.. documents.OrderBy(_ => random.Next())];
    }
}
