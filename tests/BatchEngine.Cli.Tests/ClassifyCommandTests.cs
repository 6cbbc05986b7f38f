using System.Text.Json.Nodes;
using BatchEngine.Tests.Support;

namespace BatchEngine.Tests.Cli;

/// <summary><c>batchengine classify</c> run as a process on corpus files: outputs and exit codes.</summary>
public sealed class ClassifyCommandTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("batchengine-cli-").FullName;

    [Fact]
    public async Task A_folder_of_corpus_pdfs_is_classified_with_a_table_and_a_json_results_file_and_exits_0()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_work, "docs", "nested")).Parent!.FullName;
        Copy("real/invoice2data_oyo.pdf", "docs/oyo.pdf");
        Copy("real/pdfjs_TAMReview.pdf", "docs/nested/review.pdf");
        File.WriteAllBytes(Path.Combine(folder, "tool.bin"), [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0, 0, 0]);

        var (exitCode, output, error) = await CliProcess.RunAsync(_work, "classify", "docs", "--recursive", "--out", "out/results.json", "--workers", "2");

        Assert.True(exitCode == 0, output + error);
        Assert.Contains("Classification", output, StringComparison.Ordinal);
        Assert.Contains("2 of 3 file(s) classified", output, StringComparison.Ordinal);
        Assert.Contains("1 file(s) in folders skipped", output, StringComparison.Ordinal);
        var results = JsonNode.Parse(File.ReadAllText(Path.Combine(_work, "out", "results.json")))!;
        var rows = results["results"]!.AsArray();
        Assert.Equal([Path.Combine("docs", "nested", "review.pdf"), Path.Combine("docs", "oyo.pdf"), Path.Combine("docs", "tool.bin")], rows.Select(r => r!["file"]!.GetValue<string>()));
        Assert.Equal(["completed", "completed", "skipped"], rows.Select(r => r!["status"]!.GetValue<string>()));
        Assert.All(rows.Take(2), row => Assert.Contains(row!["final_category"]!.GetValue<string>(), new[] { "Public", "Confidential", "Highly Sensitive", "Unsafe" }));
        Assert.Equal(0, results["summary"]!["exit_code"]!.GetValue<int>());
    }

    [Fact]
    public async Task Json_lines_report_every_file_up_to_100_percent_then_one_result_each_and_a_summary()
    {
        var first = Copy("real/invoice2data_oyo.pdf", "a.pdf");
        var second = Copy("real/invoice2data_AmazonWebServices.pdf", "b.pdf");

        var (exitCode, output, error) = await CliProcess.RunAsync(_work, "classify", first, second, "--json");

        Assert.True(exitCode == 0, output + error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!).ToArray();
        var progress = lines.Where(l => l["type"]!.GetValue<string>() == "progress").ToArray();
        foreach (var file in new[] { first, second })
        {
            Assert.Equal(100.0, progress.Where(p => p["file"]!.GetValue<string>() == file).Max(p => p["progress"]!.GetValue<double>()));
        }

        Assert.Equal([first, second], lines.Where(l => l["type"]!.GetValue<string>() == "result").Select(l => l["file"]!.GetValue<string>()));
        var summary = Assert.Single(lines, l => l["type"]!.GetValue<string>() == "summary");
        Assert.Equal(2, summary["completed"]!.GetValue<int>());
        Assert.Equal("summary", lines[^1]["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_empty_file_and_a_missing_path_exit_1_and_are_listed_as_failures_in_the_csv()
    {
        var pdf = Copy("real/invoice2data_oyo.pdf", "good.pdf");
        File.WriteAllBytes(Path.Combine(_work, "empty.pdf"), []);

        var (exitCode, output, error) = await CliProcess.RunAsync(_work, "classify", pdf, "empty.pdf", "nowhere.pdf", "--out", "results.csv");

        Assert.True(exitCode == 1, $"exit {exitCode}: {output}{error}");
        Assert.Contains("2 file(s) failed:", output, StringComparison.Ordinal);
        Assert.Contains("empty.pdf: File is empty.", output, StringComparison.Ordinal);
        Assert.Contains("nowhere.pdf: No such file or folder.", output, StringComparison.Ordinal);
        var csv = File.ReadAllLines(Path.Combine(_work, "results.csv"));
        Assert.Equal("file,status,final_category,confidence,requires_review,secondary_tags,error", csv[0]);
        Assert.Equal(["nowhere.pdf,missing", $"{pdf},completed", "empty.pdf,refused"], csv.Skip(1).Select(line => string.Join(',', line.Split(',').Take(2))));
    }

    [Fact]
    public async Task Fail_on_exits_2_when_a_file_lands_in_that_category_and_0_when_none_does()
    {
        var pdf = Copy("real/invoice2data_AmazonWebServices.pdf", "invoice.pdf");
        var (firstExit, firstOutput, _) = await CliProcess.RunAsync(_work, "classify", pdf, "--json");
        Assert.Equal(0, firstExit);
        var category = JsonNode.Parse(firstOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Single(l => l.Contains("\"type\":\"result\"", StringComparison.Ordinal)))!["final_category"]!.GetValue<string>();
        var other = category == "Unsafe" ? "Public" : "Unsafe";

        var (matchedExit, matchedOutput, matchedError) = await CliProcess.RunAsync(_work, "classify", pdf, "--fail-on", category);
        var (otherExit, _, _) = await CliProcess.RunAsync(_work, "classify", pdf, "--fail-on", other);

        Assert.True(matchedExit == 2, $"exit {matchedExit}: {matchedOutput}{matchedError}");
        Assert.Contains("1 file(s) matched --fail-on:", matchedOutput, StringComparison.Ordinal);
        Assert.Equal(0, otherExit);
    }

    [Fact]
    public async Task Bad_arguments_exit_64_and_say_what_is_wrong()
    {
        var pdf = Copy("real/invoice2data_oyo.pdf", "a.pdf");

        var (badCategory, _, categoryError) = await CliProcess.RunAsync(_work, "classify", pdf, "--fail-on", "Secret");
        var (badOut, _, outError) = await CliProcess.RunAsync(_work, "classify", pdf, "--out", "results.txt");

        Assert.Equal(64, badCategory);
        Assert.Contains("--fail-on 'Secret' is not a category. Use one of: Public, Confidential, Highly Sensitive, Unsafe.", categoryError, StringComparison.Ordinal);
        Assert.Equal(64, badOut);
        Assert.Contains("--out 'results.txt' must end in .json or .csv.", outError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stop_signal_cancels_the_run_cleanly_prints_the_summary_and_exits_130()
    {
        var bytes = File.ReadAllBytes(RepositoryPaths.CorpusFile("real/pdfjs_tracemonkey.pdf"));
        var folder = Directory.CreateDirectory(Path.Combine(_work, "many")).FullName;
        for (var i = 0; i < 20; i++)
        {
            File.WriteAllBytes(Path.Combine(folder, $"paper-{i:00}.pdf"), bytes);
        }

        using var cli = CliProcess.Start(_work, "classify", "many", "--workers", "1", "--json");
        await cli.FirstProgress;
        await cli.TerminateAsync();
        var exitCode = await cli.WaitAsync();

        Assert.True(exitCode == 130, $"exit {exitCode}: {cli.Output}{cli.Error}");
        var summary = JsonNode.Parse(cli.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1])!;
        Assert.Equal("summary", summary["type"]!.GetValue<string>());
        Assert.True(summary["cancelled"]!.GetValue<int>() > 0, cli.Output);
        Assert.Equal(20, summary["files"]!.GetValue<int>());
        Assert.Equal(string.Empty, cli.Error.Trim());
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private string Copy(string corpusFile, string target)
    {
        var path = Path.Combine(_work, target);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(RepositoryPaths.CorpusFile(corpusFile), path);
        return path;
    }
}
