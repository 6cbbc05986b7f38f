namespace BatchEngine.Tests.Reading.Ocr;

/// <summary>
/// The test classes that start Tesseract run one after another: the hostile-image tests look at this process's
/// Tesseract children and OCR folders, which another class's OCR would otherwise add to while they look.
/// </summary>
[CollectionDefinition(Name)]
public sealed class TesseractProcesses
{
    public const string Name = "tesseract-processes";
}
