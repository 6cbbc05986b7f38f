using BatchEngine.Isolation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BatchEngine.Reading;

/// <summary>
/// The registered PDF reader: isolated in child processes when <see cref="IsolationOptions.Enabled"/> (the
/// default), in this process otherwise. Decided once, from the options, when the reader is first resolved.
/// </summary>
internal sealed class ConfiguredPdfReader(IOptions<BatchEngineOptions> options, IServiceProvider services) : IDocumentReader
{
    private readonly IDocumentReader _inner = options.Value.Isolation.Enabled
        ? new IsolatedPdfReader(services.GetRequiredService<ExtractionWorkerPool>(), ReadingLimits.From(options.Value))
        : new PdfDocumentReader(options);

    /// <summary>True when PDFs are parsed in child processes.</summary>
    internal bool IsIsolated => _inner is IsolatedPdfReader;

    public string MediaType => _inner.MediaType;

    public bool CanRead(ReadOnlySpan<byte> header) => _inner.CanRead(header);

    public ValueTask<ExtractedDocument> ReadAsync(Stream content, CancellationToken cancellationToken) =>
        _inner.ReadAsync(content, cancellationToken);
}
