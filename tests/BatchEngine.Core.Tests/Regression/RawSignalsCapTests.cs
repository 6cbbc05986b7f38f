using System.Text;
using BatchEngine.Jobs;
using BatchEngine.Tests.Support;

namespace BatchEngine.Tests.Regression;

/// <summary>
/// Issue 15, item 6: a text of thousands of e-mail addresses gave one signal each, all kept in the stored
/// result and read back on every poll. Now the strongest signals of each type are kept up to a cap, and the rest
/// are counted in <c>dropped_signals</c>.
/// </summary>
public sealed class RawSignalsCapTests
{
    [Fact]
    public async Task A_text_of_three_thousand_emails_keeps_the_capped_signals_and_counts_the_dropped_ones()
    {
        await using var engine = TestEngine.Create(o => { o.MaxRawSignalsPerType = 100; o.MaxRawSignalsPerDocument = 150; });
        var text = new StringBuilder("Mailing list export.\n");
        for (var i = 0; i < 3_000; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"Contact: person{i}@example.org\n");
        }

        text.Append("This is a secret list.\n");
        var submission = await engine.SubmitAsync(ScriptedTextReader.Content(text.ToString()));
        var done = await engine.WaitForTerminalAsync(submission.Job!.JobId);
        var document = await engine.Engine.GetDocumentAsync(done.Documents[0].DocId);

        var classification = document!.Classification!;
        var emails = classification.RawSignals.Count(s => s.Type == "PII:Email");
        Assert.Equal(DocumentStatus.Completed, document.Status);
        Assert.Equal(100, emails);
        Assert.True(classification.RawSignals.Count <= 150, $"{classification.RawSignals.Count} signals kept");
        Assert.Contains(classification.RawSignals, s => s.Type == "Marker:Secret"); // a lone signal of another type survives
        Assert.True(classification.DroppedSignals["PII:Email"] >= 2_800, $"dropped {classification.DroppedSignals["PII:Email"]}");
        Assert.Equal(3_000, emails + classification.DroppedSignals["PII:Email"]);
    }
}
