using BatchEngine.DependencyInjection;
using BatchEngine.Isolation.Host;
using BatchEngine.Reading;
using BatchEngine.Tests.Isolation;
using Microsoft.Extensions.DependencyInjection;

namespace BatchEngine.Tests.Reading;

public sealed class DefaultReadersRegistrationTests
{
    [Fact]
    public async Task AddBatchEngine_registers_pdf_then_images_then_text_with_pdf_isolated_by_default()
    {
        await using var provider = new ServiceCollection().AddBatchEngine().Services.BuildServiceProvider();

        var readers = provider.GetServices<IDocumentReader>().ToList();

        Assert.Equal(["application/pdf", "image/*", "text/plain"], readers.Select(r => r.MediaType));
        Assert.IsType<IsolatedPdfReader>(readers[0]);
    }

    [Fact]
    public async Task The_isolated_pdf_reader_from_the_container_reads_a_real_pdf_in_a_child_process()
    {
        await using var provider = new ServiceCollection().AddBatchEngine(o => o.Isolation.PoolSize = 1).Services.BuildServiceProvider();
        var reader = provider.GetServices<IDocumentReader>().First();

        var document = await reader.ReadAsync(new MemoryStream(Corpus.Bytes("real/pdfjs_tracemonkey.pdf")), CancellationToken.None).AsTask().WaitAsync(IsolationTestKit.ReadGuard);

        Assert.Equal(14, document.PageCount);
        Assert.Equal(1, provider.GetRequiredService<ExtractionProcessPool>().ProcessesStarted);
    }

    [Fact]
    public async Task Isolation_can_be_turned_off_for_trusted_input()
    {
        await using var provider = new ServiceCollection().AddBatchEngine(o => o.Isolation.Enabled = false).Services.BuildServiceProvider();

        var pdf = Assert.IsType<PdfDocumentReader>(provider.GetServices<IDocumentReader>().First());

        var document = await pdf.ReadAsync(new MemoryStream(Corpus.Bytes("real/pypdf_bytes.pdf")), CancellationToken.None);
        Assert.True(document.PageCount >= 1);
    }

    [Fact]
    public void Pool_size_follows_the_worker_count_up_to_the_processor_count_unless_set()
    {
        using var many = new ServiceCollection().AddBatchEngine(o => o.WorkerCount = 256).Services.BuildServiceProvider();
        using var one = new ServiceCollection().AddBatchEngine(o => o.WorkerCount = 1).Services.BuildServiceProvider();
        using var set = new ServiceCollection().AddBatchEngine(o => (o.WorkerCount, o.Isolation.PoolSize) = (7, 3)).Services.BuildServiceProvider();

        Assert.Equal(Math.Max(2, Environment.ProcessorCount), many.GetRequiredService<ExtractionProcessPool>().Settings.PoolSize);
        Assert.Equal(1, one.GetRequiredService<ExtractionProcessPool>().Settings.PoolSize);
        Assert.Equal(3, set.GetRequiredService<ExtractionProcessPool>().Settings.PoolSize);
    }

    [Theory]
    [InlineData(4, 2, 2)]
    [InlineData(4, 1, 2)]
    [InlineData(4, 16, 4)]
    [InlineData(1, 16, 1)]
    [InlineData(8, 6, 6)]
    public void The_default_pool_has_a_child_per_worker_but_no_more_than_the_processors_and_at_least_two(int workers, int processors, int expected) =>
        Assert.Equal(expected, ExtractionSettings.DefaultPoolSize(workers, processors));
}
