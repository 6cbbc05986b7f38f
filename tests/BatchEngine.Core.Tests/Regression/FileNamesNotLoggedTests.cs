using System.Collections.Concurrent;
using BatchEngine.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BatchEngine.Tests.Regression;

/// <summary>
/// Issue 15, item 13: a refused file's name was logged at Information, though names may hold personal data
/// ("John Smith - SSN 536-22-8790.txt"). Now no log line names a file.
/// </summary>
public sealed class FileNamesNotLoggedTests
{
    [Fact]
    public async Task Neither_a_refused_nor_an_accepted_files_name_reaches_any_log_line()
    {
        const string refused = "John Smith - medical record.txt";
        const string accepted = "Jane Roe - payroll.txt";
        var lines = new ConcurrentQueue<LoggedLine>();
        await using var engine = TestEngine.Create(services: s => s.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new CollectingLoggerProvider(lines))));

        var submission = await engine.Engine.SubmitAsync(TestEngine.Files([(refused, []), (accepted, ScriptedTextReader.Content("notes"))]));
        await engine.WaitForTerminalAsync(submission.Job!.JobId);

        Assert.Single(submission.Rejected);
        Assert.Contains(lines, l => l.Text.Contains("refused", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Text.Contains("John Smith", StringComparison.Ordinal) || l.Text.Contains("Jane Roe", StringComparison.Ordinal));
    }
}
