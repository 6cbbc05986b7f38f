using BatchEngine.DependencyInjection;
using BatchEngine.Reading;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BatchEngine.Office;

/// <summary>Adds the Word, Excel and PowerPoint readers to the engine.</summary>
public static class OfficeBatchEngineBuilderExtensions
{
    /// <summary>
    /// Reads DOCX, XLSX and PPTX files (and their templates): body text in reading order, tables, headers and
    /// footers, footnotes, comments, tracked insertions, speaker notes, sheet cells, and embedded images for OCR.
    /// </summary>
    /// <param name="builder">The engine's builder.</param>
    /// <param name="configure">Changes the package limits (parts, part size, total size).</param>
    public static IBatchEngineBuilder AddOfficeReaders(this IBatchEngineBuilder builder, Action<OfficeReaderOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Services.AddOptions<OfficeReaderOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OfficeReaderOptions>, OfficeReaderOptionsValidator>());
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IDocumentReader, OfficeDocumentReader>());
        return builder;
    }
}
