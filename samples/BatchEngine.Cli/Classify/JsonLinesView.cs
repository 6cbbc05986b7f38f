using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace BatchEngine.Cli.Classify;

/// <summary>
/// <c>--json</c>: one JSON object a line on standard output, each with a <c>type</c>: <c>progress</c> (a
/// file's status or progress changed), <c>result</c> (one per file, in the order given), then one <c>summary</c>.
/// </summary>
internal sealed class JsonLinesView(TextWriter output) : IRunView
{
    public async Task<T> ShowProgressAsync<T>(IReadOnlyList<string> files, Func<Action<IReadOnlyList<FileProgress>>, Task<T>> work)
    {
        var seen = new Dictionary<string, FileProgress>(StringComparer.Ordinal);
        return await work(changes =>
        {
            foreach (var change in changes)
            {
                if (!seen.TryGetValue(change.File, out var before) || before != change)
                {
                    seen[change.File] = change;
                    Write("progress", change, CliJsonContext.Default.FileProgress);
                }
            }
        });
    }

    public void ShowSummary(IReadOnlyList<FileOutcome> outcomes, RunSummary summary)
    {
        foreach (var outcome in outcomes)
        {
            Write("result", FileResult.From(outcome), CliJsonContext.Default.FileResult);
        }

        Write("summary", summary, CliJsonContext.Default.RunSummary);
    }

    private void Write<T>(string type, T value, JsonTypeInfo<T> info)
    {
        var line = new JsonObject { ["type"] = type };
        foreach (var (name, node) in JsonSerializer.SerializeToNode(value, info)!.AsObject().ToArray())
        {
            line[name] = node?.DeepClone();
        }

        output.WriteLine(line.ToJsonString());
        output.Flush();
    }
}
