using BatchEngine.Isolation.Protocol;
using BatchEngine.Reading;

namespace BatchEngine.Isolation.Child;

/// <summary>
/// The child's loop: says it is ready, then reads one document per request with the in-process PDF reader,
/// telling the host each page it starts so that a crash can be pinned to a page.
/// </summary>
internal sealed class ExtractionProcessLoop(Stream input, Stream output, bool faultsAllowed)
{
    public int Run()
    {
        ExtractionProcessWarmUp.Run();
        ExtractionFrames.Write(output, FrameKind.Ready, []);
        while (ExtractionFrames.Read(input, int.MaxValue) is { } frame)
        {
            if (frame.Kind != FrameKind.ReadRequest)
            {
                continue;
            }

            var request = ReadRequest.Decode(frame.Payload);
            byte[]? content;
            try
            {
                content = request.ContentPath is null ? ReadContent(request.ContentLength) : File.ReadAllBytes(request.ContentPath);
            }
            catch (Exception error) when (request.ContentPath is not null && error is IOException or UnauthorizedAccessException)
            {
                // The host's own file, gone (its job deleted meanwhile); the path stays out of the document's error.
                ExtractionFrames.Write(output, FrameKind.Failure, ExtractionResultCodec.EncodeFailure(nameof(DocumentReadException), "The document's content could not be opened for reading."));
                continue;
            }
            catch (OutOfMemoryException)
            {
                TryWriteFailure(nameof(OutOfMemoryException), "The reader ran out of memory.");
                return ExtractionProcessExitCodes.OutOfMemory;
            }

            if (content is null)
            {
                return ExtractionProcessExitCodes.Done;
            }

            if (!Answer(request.Limits, content))
            {
                return ExtractionProcessExitCodes.OutOfMemory;
            }

            content = null;
            IdleMemoryRelease.ReleaseIfLarge();
        }

        return ExtractionProcessExitCodes.Done;
    }

    /// <summary>Answers one request; false when the process must end (out of memory leaves it unfit).</summary>
    private bool Answer(ReadingLimits limits, byte[] content)
    {
        try
        {
            if (faultsAllowed)
            {
                ExtractionFaults.ActOut(ExtractionFaults.Find(content), output);
            }

            var reader = new PdfDocumentReader(limits)
            {
                PageStarting = page => ExtractionFrames.Write(output, FrameKind.PageStarted, ExtractionResultCodec.EncodePage(page)),
            };
            var document = reader.Read(content, CancellationToken.None);
            ExtractionFrames.Write(output, FrameKind.Result, ExtractionResultCodec.EncodeDocument(document));
            return true;
        }
        catch (OutOfMemoryException)
        {
            TryWriteFailure(nameof(OutOfMemoryException), "The reader ran out of memory.");
            return false;
        }
        catch (Exception error)
        {
            ExtractionFrames.Write(output, FrameKind.Failure, ExtractionResultCodec.EncodeFailure(error.GetType().Name, error.Message));
            return true;
        }
    }

    /// <summary>The document's bytes that follow the request on standard input, in one array; null when the input ended first.</summary>
    private byte[]? ReadContent(long length)
    {
        var content = new byte[length];
        var filled = 0;
        while (filled < content.Length)
        {
            var read = input.Read(content, filled, content.Length - filled);
            if (read == 0)
            {
                return null;
            }

            filled += read;
        }

        return content;
    }

    private void TryWriteFailure(string exceptionType, string message)
    {
        try
        {
            ExtractionFrames.Write(output, FrameKind.Failure, ExtractionResultCodec.EncodeFailure(exceptionType, message));
        }
        catch (OutOfMemoryException)
        {
            // Nothing left to say it with; the exit code speaks.
        }
    }
}
