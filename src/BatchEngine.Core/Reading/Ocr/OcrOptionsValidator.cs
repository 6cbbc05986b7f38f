using Microsoft.Extensions.Options;

namespace BatchEngine.Reading.Ocr;

/// <summary>Checks <see cref="BatchEngineOptions.Ocr"/> when the engine starts, with messages that say what to change.</summary>
internal sealed class OcrOptionsValidator : IValidateOptions<BatchEngineOptions>
{
    public ValidateOptionsResult Validate(string? name, BatchEngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Ocr is not { } ocr)
        {
            return ValidateOptionsResult.Fail("BatchEngine:Ocr must not be null.");
        }

        var failures = new List<string>();
        void Positive(TimeSpan value, string setting)
        {
            if (value <= TimeSpan.Zero)
            {
                failures.Add($"BatchEngine:Ocr:{setting} must be positive (was {value}).");
            }
        }

        Positive(ocr.ImageTimeout, nameof(ocr.ImageTimeout));
        Positive(ocr.DocumentTimeout, nameof(ocr.DocumentTimeout));
        if (string.IsNullOrWhiteSpace(ocr.Languages) || ocr.Languages.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '+' or '_' or '-')))
        {
            failures.Add($"BatchEngine:Ocr:Languages must be Tesseract language codes joined with '+', such as 'eng' or 'eng+deu' (was '{ocr.Languages}').");
        }

        if (ocr.MaxImagesPerDocument < 0)
        {
            failures.Add($"BatchEngine:Ocr:MaxImagesPerDocument must not be negative (was {ocr.MaxImagesPerDocument}).");
        }

        void AtLeastOne(long value, string setting)
        {
            if (value < 1)
            {
                failures.Add($"BatchEngine:Ocr:{setting} must be at least 1 (was {value}).");
            }
        }

        AtLeastOne(ocr.MaxPixelsPerImage, nameof(ocr.MaxPixelsPerImage));
        AtLeastOne(ocr.MaxImageBytes, nameof(ocr.MaxImageBytes));
        AtLeastOne(ocr.MinImageWidth, nameof(ocr.MinImageWidth));
        AtLeastOne(ocr.MinImageHeight, nameof(ocr.MinImageHeight));
        if (ocr.TextLayerMinimumCharacters < 0)
        {
            failures.Add($"BatchEngine:Ocr:TextLayerMinimumCharacters must not be negative (was {ocr.TextLayerMinimumCharacters}).");
        }

        if (ocr.MemoryLimitBytes < 64L << 20)
        {
            failures.Add($"BatchEngine:Ocr:MemoryLimitBytes must be at least 67108864 (64 MiB) (was {ocr.MemoryLimitBytes}).");
        }

        if (ocr.MaxConcurrency is < 1 or > 256)
        {
            failures.Add($"BatchEngine:Ocr:MaxConcurrency must be between 1 and 256, or unset for the smaller of WorkerCount and the processor count (was {ocr.MaxConcurrency}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
