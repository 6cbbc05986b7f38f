namespace BatchEngine.Reading.Ocr;

/// <summary>
/// A folder only this user can enter (0700 on Unix), for the images of one document while OCR reads them;
/// deleted with everything in it on dispose.
/// </summary>
internal sealed class PrivateTempFolder : IDisposable
{
    private PrivateTempFolder(string path) => Path = path;

    public string Path { get; }

    public static PrivateTempFolder Create()
    {
        #pragma warning disable RS0030 // a random name, not an id a test pins
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "batchengine-ocr-" + Guid.NewGuid().ToString("N"));
        #pragma warning restore RS0030
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return new PrivateTempFolder(path);
    }

    /// <summary>Writes a file that must not exist yet (nobody else can have planted it in a private folder, but never trust it).</summary>
    public string Write(string name, ReadOnlySpan<byte> content)
    {
        var file = System.IO.Path.Combine(Path, name);
        using var stream = new FileStream(file, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        stream.Write(content);
        return file;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // A file still held open by a killed process on some systems; the OS temp cleaner takes it later.
        }
    }
}
