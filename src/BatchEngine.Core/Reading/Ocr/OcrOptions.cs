namespace BatchEngine.Reading.Ocr;

/// <summary>
/// How text inside images is read: pages without a text layer, embedded images large enough to hold text,
/// and uploaded images go through Tesseract 5 (the <c>tesseract</c> executable), each run in its own process
/// under a timeout and a memory cap. Set through <see cref="BatchEngineOptions.Ocr"/>
/// (<c>BatchEngine:Ocr</c> in configuration).
/// </summary>
public sealed class OcrOptions
{
    /// <summary>
    /// True (the default) reads images with Tesseract when it is installed. False never runs OCR; documents that needed it
    /// are flagged for review. The readers still pick out and encode the images that may hold text (for that flag, and
    /// for a classifier that is sent images); set <see cref="MaxImagesPerDocument"/> to 0 as well to skip that work.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The <c>tesseract</c> executable; null (the default) looks it up on PATH.</summary>
    public string? TesseractPath { get; set; }

    /// <summary>Tesseract's languages, joined with <c>+</c> (for example <c>eng+deu</c>). Default <c>eng</c>.</summary>
    public string Languages { get; set; } = "eng";

    /// <summary>One image still being read after this is abandoned and its process killed. Default 60 seconds.</summary>
    public TimeSpan ImageTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>OCR of one document stops after this; images not read by then are left out and the document is flagged. Default 90 seconds.</summary>
    public TimeSpan DocumentTimeout { get; set; } = TimeSpan.FromSeconds(90);

    /// <summary>Most images read from one document; the rest are counted and the document is flagged. Default 50.</summary>
    public int MaxImagesPerDocument { get; set; } = 50;

    /// <summary>
    /// Most pixels (width x height, from the image's header) an image may have. A larger one is taken for a
    /// decompression bomb and fails its document. Default 100,000,000 (an A3 page scanned at 600 dpi is 70 million).
    /// </summary>
    public long MaxPixelsPerImage { get; set; } = 100_000_000;

    /// <summary>Most encoded bytes of one image handed to OCR. Default 64 MiB.</summary>
    public int MaxImageBytes { get; set; } = 64 << 20;

    /// <summary>Images narrower than this (pixels) are taken for icons and rules and not read. Default 100.</summary>
    public int MinImageWidth { get; set; } = 100;

    /// <summary>Images lower than this (pixels) cannot hold a line of text and are not read. Default 32.</summary>
    public int MinImageHeight { get; set; } = 32;

    /// <summary>
    /// A PDF page with fewer non-blank characters than this counts as having no text layer (a page number or a
    /// stamp over a scan), so its images are read as the page. Default 32.
    /// </summary>
    public int TextLayerMinimumCharacters { get; set; } = 32;

    /// <summary>The address-space cap of each Tesseract process, in bytes (an rlimit through <c>prlimit</c>). Default 2 GiB.</summary>
    public long MemoryLimitBytes { get; set; } = 2L << 30;

    /// <summary>
    /// Tesseract processes running at once in this host; null (the default) uses <see cref="BatchEngineOptions.WorkerCount"/>
    /// or the processor count, whichever is smaller (each run is single-threaded and CPU-bound).
    /// </summary>
    public int? MaxConcurrency { get; set; }
}
