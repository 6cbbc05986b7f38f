namespace BatchEngine.Storage.TempFolder;

/// <summary>
/// The engine's own folder for this OS user: under <c>$XDG_RUNTIME_DIR</c> when set, else the temp folder, named
/// <c>batchengine-{user}</c> and kept at mode 0700. A folder another user planted there (its mode cannot be set to
/// 0700 by us) is never trusted: a fresh private folder with a random name is used instead.
/// </summary>
internal static class PrivateFolder
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>The folder <paramref name="name"/> inside this user's engine folder, created private if missing.</summary>
    public static string ForUser(string name)
    {
        var root = Environment.GetEnvironmentVariable("XDG_RUNTIME_DIR") is { Length: > 0 } runtime && Directory.Exists(runtime)
            ? runtime
            : Path.GetTempPath();
        var user = new string(Environment.UserName.Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_').ToArray());
        var mine = Path.Combine(root, $"batchengine-{(user.Length == 0 ? "user" : user)}");
        return TryCreate(mine) && TryCreate(Path.Combine(mine, name))
            ? Path.Combine(mine, name)
            : Directory.CreateTempSubdirectory($"batchengine-{name}-").FullName;
    }

    /// <summary>Creates <paramref name="path"/> (and missing parents) readable by this user only.</summary>
    public static void Create(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, OwnerOnly);
        }
    }

    // True when the folder exists and is ours alone: only its owner can set its mode.
    private static bool TryCreate(string path)
    {
        try
        {
            Create(path);
            if (OperatingSystem.IsWindows() || File.GetUnixFileMode(path) == OwnerOnly)
            {
                return true;
            }

            File.SetUnixFileMode(path, OwnerOnly);
            return File.GetUnixFileMode(path) == OwnerOnly;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
