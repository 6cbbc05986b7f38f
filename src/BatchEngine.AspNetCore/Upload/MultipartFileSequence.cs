using System.Runtime.CompilerServices;
using BatchEngine.Batches;
using Microsoft.AspNetCore.WebUtilities;

namespace BatchEngine.AspNetCore.Upload;

/// <summary>
/// The files of a multipart body, one at a time, as the engine asks for them: each is the live section
/// stream, so a batch is never held in memory. Sections of other fields are skipped.
/// </summary>
internal sealed class MultipartFileSequence(MultipartReader reader, BatchEndpointOptions limits, UploadFailure failure)
{
    public const string FieldName = "files";

    /// <summary>How many <c>files</c> sections were read so far.</summary>
    public int Count { get; private set; }

    public async IAsyncEnumerable<IncomingDocument> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // Reading the next section first drains whatever the engine left of the previous one.
        while (await failure.GuardAsync(reader.ReadNextSectionAsync(cancellationToken)).ConfigureAwait(false) is { } section)
        {
            if (MultipartRequest.FileNameOf(section, FieldName) is not { } fileName)
            {
                continue;
            }

            if (++Count > limits.MaxFilesPerBatch)
            {
                var tooMany = UploadLimits.TooManyFiles(limits);
                failure.Record(tooMany);
                throw tooMany;
            }

            yield return new IncomingDocument(fileName, new SectionStream(section.Body, failure));
        }
    }
}
