using BatchEngine.Reading;

namespace BatchEngine.AspNetCore.Upload;

/// <summary>One file's bytes as the engine reads them; a broken or over-limit body is recorded as the upload's failure.</summary>
internal sealed class SectionStream(Stream section, UploadFailure failure) : ForwardOnlyReadStream
{
    public override int Read(Span<byte> buffer)
    {
        try
        {
            return section.Read(buffer);
        }
        catch (Exception exception) when (failure.Record(exception) is { } rejected)
        {
            throw rejected;
        }
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        try
        {
            return await section.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (failure.Record(exception) is { } rejected)
        {
            throw rejected;
        }
    }
}
