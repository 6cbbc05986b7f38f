using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BatchEngine.Tests.Support;

namespace BatchEngine.Tests;

/// <summary>
/// The reference's Python example, JavaScript example and curl session, run as they are written against the
/// sample host on a real Kestrel. They call http://localhost:8000; when that port is taken on the machine the
/// host listens on a free port and only that address is rewritten in the script.
/// </summary>
public sealed class ReferenceExamplesTests : IDisposable
{
    private const string ReferenceAddress = "http://localhost:8000";
    private static readonly Regex ResultLine = new(@"^(doc[123]\.pdf): (Public|Confidential|Highly Sensitive|Unsafe)$", RegexOptions.Multiline);

    private readonly SampleHostFactory _host;
    private readonly string _address;
    private readonly string _work = Directory.CreateTempSubdirectory("batchengine-examples-").FullName;

    public ReferenceExamplesTests()
    {
        var port = KestrelSampleHost.IsFree(8000) ? 8000 : 0;
        (_host, var baseAddress) = KestrelSampleHost.Start(new SampleHostFactory(), port);
        _address = baseAddress.GetLeftPart(UriPartial.Authority);
        CopyCorpus("real/pdfjs_issue13201.pdf", "doc1.pdf");
        CopyCorpus("real/pdfjs_issue13447.pdf", "doc2.pdf");
        CopyCorpus("real/invoice2data_oyo.pdf", "doc3.pdf");
        Directory.CreateDirectory(Path.Combine(_work, "test"));
        CopyCorpus("real/pdfjs_issue6782.pdf", "test/sample1.pdf");
        CopyCorpus("real/pdfjs_issue1350.pdf", "test/sample2.pdf");
    }

    [Fact]
    public async Task The_python_example_runs_unchanged_and_prints_every_category()
    {
        var script = WriteScript("example.py", Example("reference_example.py"));

        var outcome = await ExternalProcess.RunAsync("python3", [script], _work, TimeSpan.FromMinutes(3));

        Assert.True(outcome.ExitCode == 0, outcome.Error + outcome.Output);
        Assert.Contains("Progress: 100.0%", outcome.Output, StringComparison.Ordinal);
        Assert.Equal(["doc1.pdf", "doc2.pdf", "doc3.pdf"], ResultLine.Matches(outcome.Output).Select(m => m.Groups[1].Value));
    }

    [Fact]
    public async Task The_javascript_example_runs_unchanged_under_node_and_prints_every_category()
    {
        var script = WriteScript("example.mjs", Example("prelude.mjs") + Example("reference_example.js"));

        var outcome = await ExternalProcess.RunAsync("node", [script], _work, TimeSpan.FromMinutes(3));

        Assert.True(outcome.ExitCode == 0, outcome.Error + outcome.Output);
        Assert.Contains("Progress: 100.0%", outcome.Output, StringComparison.Ordinal);
        Assert.Equal(["doc1.pdf", "doc2.pdf", "doc3.pdf"], ResultLine.Matches(outcome.Output).Select(m => m.Groups[1].Value));
    }

    [Fact]
    public async Task The_curl_session_works_word_for_word()
    {
        var script = WriteScript("curl_session.sh", Example("curl_session.sh"));

        var outcome = await ExternalProcess.RunAsync("bash", [script], _work, TimeSpan.FromMinutes(1));

        Assert.True(outcome.ExitCode == 0, outcome.Error + outcome.Output);
        var lines = outcome.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var upload = JsonNode.Parse(lines[0])!;
        Assert.Equal("Batch upload initiated. Successfully queued 2 documents.", upload["message"]!.GetValue<string>());
        Assert.Equal("pending", upload["status"]!.GetValue<string>());
        // curl reads {job_id} as a one-word glob: the literal line asks for job "job_id", which is not found.
        Assert.Equal("Job not found", JsonNode.Parse(lines[1])!["detail"]!.GetValue<string>());

        // "Save job_id from response, then:" the same command with the id in place.
        var jobId = upload["job_id"]!.GetValue<string>();
        var status = await ExternalProcess.RunAsync("curl", ["-s", $"{_address}/status/{jobId}"], _work, TimeSpan.FromMinutes(1));
        var body = JsonNode.Parse(status.Output)!;
        Assert.Equal(jobId, body["job_id"]!.GetValue<string>());
        Assert.Equal(["sample1.pdf", "sample2.pdf"], body["documents"]!.AsArray().Select(d => d!["filename"]!.GetValue<string>()));
    }

    public void Dispose()
    {
        _host.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Directory.Delete(_work, recursive: true);
    }

    private static string Example(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Examples", name));

    private string WriteScript(string name, string text)
    {
        var path = Path.Combine(_work, name);
        File.WriteAllText(path, text.Replace(ReferenceAddress, _address, StringComparison.Ordinal));
        return path;
    }

    private void CopyCorpus(string relative, string target) => File.Copy(RepositoryPaths.CorpusFile(relative), Path.Combine(_work, target));
}
