using BatchEngine.DependencyInjection;
using BatchEngine.Reading;
using BatchEngine.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BatchEngine.Office.Tests;

/// <summary>The engine with the Office readers, as a host registers them, and the shared Office corpus (../shared/corpus/office).</summary>
internal static class OfficeTestKit
{
    public static string CorpusFolder => RepositoryPaths.CorpusFile("office");

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

}
