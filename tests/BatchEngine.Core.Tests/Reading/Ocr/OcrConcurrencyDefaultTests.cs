using BatchEngine.Reading.Ocr;
using Microsoft.Extensions.DependencyInjection;

namespace BatchEngine.Tests.Reading.Ocr;

/// <summary>
/// Tesseract runs are single-threaded and CPU-bound: by default no more run at once than there are processors,
/// however many workers the engine has (more only added memory on the 2-core benchmark machine).
/// </summary>
public sealed class OcrConcurrencyDefaultTests
{
    [Fact]
    public async Task By_default_no_more_tesseract_processes_run_at_once_than_there_are_processors()
    {
        await using var kit = new OcrTestKit(o => o.WorkerCount = 256);

        var engine = kit.Services.GetRequiredService<TesseractEngine>();

        Assert.Equal(Environment.ProcessorCount, engine.MaxRunning);
    }

    [Fact]
    public async Task A_single_worker_runs_one_tesseract_at_a_time()
    {
        await using var kit = new OcrTestKit(o => o.WorkerCount = 1);

        Assert.Equal(1, kit.Services.GetRequiredService<TesseractEngine>().MaxRunning);
    }

    [Fact]
    public async Task A_configured_concurrency_is_used_as_it_is()
    {
        await using var kit = new OcrTestKit(o => { o.WorkerCount = 1; o.Ocr.MaxConcurrency = 7; });

        Assert.Equal(7, kit.Services.GetRequiredService<TesseractEngine>().MaxRunning);
    }
}
