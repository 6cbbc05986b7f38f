using BatchEngine.DependencyInjection;
using BatchEngine.Reading;
using Microsoft.Extensions.DependencyInjection;

namespace BatchEngine.Office.Tests;

/// <summary>The engine with the Office readers, as a host registers them, and the shared Office corpus (../shared/corpus/office).</summary>
internal static class OfficeTestKit
{
    private static readonly Lazy<string> LazyCorpus = new(FindCorpus);

    public static string CorpusFolder => LazyCorpus.Value;

    public static ServiceProvider Services(Action<BatchEngineOptions>? engine = null, Action<OfficeReaderOptions>? office = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddBatchEngine(o =>
        {
            o.Isolation.Enabled = false;
            engine?.Invoke(o);
        }).AddOfficeReaders(office);
        return services.BuildServiceProvider();
    }

    public static OfficeDocumentReader Reader(ServiceProvider services) =>
        services.GetServices<IDocumentReader>().OfType<OfficeDocumentReader>().Single();

    public static async Task<ExtractedDocument> ReadAsync(byte[] content, Action<OfficeReaderOptions>? office = null)
    {
        await using var services = Services(office: office);
        var reader = Reader(services);
        Assert.True(reader.CanRead(content.AsSpan(0, Math.Min(1024, content.Length))), "the Office reader does not recognise the bytes");
        return await reader.ReadAsync(new MemoryStream(content, writable: false), CancellationToken.None).AsTask().WaitAsync(TimeSpan.FromSeconds(60));
    }

    public static string Text(ExtractedDocument document) => string.Join("\n\f\n", document.Pages.Select(p => p.Text));

    public static IEnumerable<string> OfOrigin(ExtractedDocument document, TextOriginKind kind) =>
        document.Pages.SelectMany(p => p.Segments.Where(s => s.Origin.Kind == kind).Select(s => p.Text.Substring(s.Start, s.Length)));

    private static string FindCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var office = Path.Combine(dir.FullName, "shared", "corpus", "office");
            if (Directory.Exists(office))
            {
                return office;
            }
        }

        throw new DirectoryNotFoundException("The Office corpus is expected at ../shared/corpus/office beside the repository.");
    }
}
