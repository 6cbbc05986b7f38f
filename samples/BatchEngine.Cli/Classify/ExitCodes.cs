namespace BatchEngine.Cli.Classify;

/// <summary>What <c>batchengine classify</c> exits with, so a CI step or a pre-commit hook can act on it.</summary>
internal static class ExitCodes
{
    /// <summary>Every file was classified and none matched <c>--fail-on</c>.</summary>
    public const int Success = 0;

    /// <summary>At least one file failed: missing, unreadable, refused (empty, unsupported, too large) or failed while processed.</summary>
    public const int FileFailed = 1;

    /// <summary>No file failed, but at least one was classified in a <c>--fail-on</c> category.</summary>
    public const int FailOnMatched = 2;

    /// <summary>The arguments were wrong (an unknown option, a missing path, a bad --fail-on word...).</summary>
    public const int Usage = 64;

    /// <summary>The tool itself failed (an unexpected error, printed on standard error).</summary>
    public const int Crashed = 70;

    /// <summary>Stopped by Ctrl+C or SIGTERM (128 + SIGINT, as shells report it).</summary>
    public const int Cancelled = 130;
}
