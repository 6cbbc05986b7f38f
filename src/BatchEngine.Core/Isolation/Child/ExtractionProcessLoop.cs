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

            if (!Answer(ReadRequest.Decode(frame.Payload)))
            {
                return ExtractionProcessExitCodes.OutOfMemory;
            }
        }

        return ExtractionProcessExitCodes.Done;
    }

    /// <summary>Answers one request; false when the process must end (out of memory leaves it unfit).</summary>
    private bool Answer(ReadRequest request)
    {
        try
        {
            if (faultsAllowed)
            {
                ExtractionFaults.ActOut(ExtractionFaults.Find(request.Content.Span), output);
            }

            var reader = new PdfDocumentReader(request.Limits)
            {
                PageStarting = page => ExtractionFrames.Write(output, FrameKind.PageStarted, ExtractionResultCodec.EncodePage(page)),
            };
            var document = reader.Read(request.Content.ToArray(), CancellationToken.None);
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
