using BatchEngine.Detection.Safety;
using BatchEngine.Detection.Safety.Grammar;
using BatchEngine.Detection.Safety.Lexicon;
using BatchEngine.Detection.Safety.Model;
using BatchEngine.Detection.Safety.Text;
using BatchEngine.Reading;

namespace BatchEngine.SafetyTrainer;

/// <summary>Prints how the analysis reads a text: each sentence's tokens with their classes and marks, then the scores.</summary>
internal static class SentenceExplainer
{
    public static void Print(string text)
    {
        var model = SafeModel();
        var analyzer = new SafetyAnalyzer(SafetyLexicon.Default, model);
        var spans = new List<(int Start, int End)>();
        SentenceSplitter.Split(text, spans);
        foreach ((int start, int end) in spans)
        {
            SentenceView view = analyzer.Scorer.View(text.AsSpan(start, end - start), start, groupInContext: false);
            Console.WriteLine($"sentence [{start},{end}) counter={view.HasCounterCue} quotes={view.QuotesSomething}");
            for (int i = 0; i < view.Count; i++)
            {
                string marks = (view.IsGroup(i) ? "G" : "") + (view.IsHuman(i) ? "H" : "") + (view.IsNegated(i) ? "!" : "") + (view.IsQuoted(i) ? "q" : "");
                Console.WriteLine($"  {i,2} c{view.ClauseOf(i)} {view[i].Text,-16} {marks,-5} {view[i].Classes}");
            }
        }

        var document = new ExtractedDocument { Pages = [new PageText(1, text)], PageCount = 1, MediaType = "text/plain" };
        (List<SentenceAssessment> sentences, long characters) = analyzer.Assess(document, CancellationToken.None);
        foreach (SentenceAssessment s in sentences)
        {
            Console.WriteLine($"scored {s.Category} {s.Score:0.00} {s.Reason} [{s.Start},{s.End})");
        }

        foreach (var (s, confidence) in DocumentJudgement.Judge(sentences, characters))
        {
            Console.WriteLine($"judged {s.Category} {confidence:0.00}");
        }
    }

    /// <summary>Prints only what scored in a whole file, with each scored sentence's text: for reading a false flag.</summary>
    public static void PrintScored(string path)
    {
        string text = File.ReadAllText(path);
        var analyzer = new SafetyAnalyzer(SafetyLexicon.Default, SafeModel());
        var document = new ExtractedDocument { Pages = [new PageText(1, text)], PageCount = 1, MediaType = "text/plain" };
        (List<SentenceAssessment> sentences, long characters) = analyzer.Assess(document, CancellationToken.None);
        foreach (SentenceAssessment s in sentences)
        {
            Console.WriteLine($"scored {s.Category} {s.Score:0.00} {s.Reason}: {text[s.Start..s.End].ReplaceLineEndings(" ")}");
        }

        foreach (var (s, confidence) in DocumentJudgement.Judge(sentences, characters))
        {
            Console.WriteLine($"judged {s.Category} {confidence:0.00}");
        }
    }

    private static SafetyModel? SafeModel()
    {
        try
        {
            return SafetyModel.Default;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
