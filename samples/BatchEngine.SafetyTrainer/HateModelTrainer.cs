using BatchEngine.Detection.Safety;
using BatchEngine.Detection.Safety.Lexicon;
using BatchEngine.Detection.Safety.Model;
using BatchEngine.Detection.Safety.Text;

namespace BatchEngine.SafetyTrainer;

/// <summary>
/// Trains the hate model: logistic regression by AdaGrad over the sentences of HateCheck's training templates
/// (labels from the suite) and the benign sentences in <c>data/</c> (label 0), in a fixed order from a fixed
/// seed, so the same data gives the same weights. In a hateful case of two sentences the sentence without
/// any hostile word ("Women think they're special." before "I hate them.") is left out rather than called hateful.
/// </summary>
internal static class HateModelTrainer
{
    private const int Epochs = 30;
    private const double LearningRate = 0.2;
    private const double L2 = 1e-5;
    private const int Seed = 20210101;

    public static void Train(IReadOnlyList<HateCheckCase> suite, string dataFolder, string output)
    {
        var scorer = new SentenceScorer(SafetyLexicon.Default, model: null);
        var examples = new List<(int[] Features, bool Hateful)>();
        foreach (HateCheckCase c in suite.Where(c => !HateCheckSuite.IsHeldOut(c.TemplateId)))
        {
            AddSentences(scorer, c.Text, c.Hateful, examples);
        }

        int fromSuite = examples.Count;
        foreach (string file in Directory.GetFiles(dataFolder, "*.txt").Order(StringComparer.Ordinal))
        {
            foreach (string line in File.ReadLines(file).Where(l => l.Length > 0 && l[0] != '#'))
            {
                AddSentences(scorer, line, hateful: false, examples);
            }
        }

        Console.WriteLine($"training on {examples.Count} sentences ({fromSuite} from HateCheck's training templates, {examples.Count - fromSuite} benign from data/)");
        float[] weights = Fit(examples);
        using (FileStream stream = File.Create(output))
        {
            SafetyModel.Write(stream, weights);
        }

        Console.WriteLine($"wrote {output}");
    }

    private static void AddSentences(SentenceScorer scorer, string text, bool hateful, List<(int[] Features, bool Hateful)> examples)
    {
        var spans = new List<(int Start, int End)>();
        SentenceSplitter.Split(text, spans);
        var candidates = new List<(int[] Features, bool Hostile)>();
        bool group = false;
        foreach ((int start, int end) in spans)
        {
            var features = new List<int>();
            (bool namesGroup, bool hostile) = scorer.Features(text.AsSpan(start, end - start), group, features);
            group = namesGroup;
            candidates.Add((features.ToArray(), hostile));
        }

        bool anyHostile = candidates.Any(c => c.Hostile);
        foreach (var (features, hostile) in candidates)
        {
            if (!hateful || hostile || !anyHostile)
            {
                examples.Add((features, hateful));
            }
        }
    }

    private static float[] Fit(List<(int[] Features, bool Hateful)> examples)
    {
        var weights = new double[FeatureHasher.Buckets];
        var squares = new double[FeatureHasher.Buckets];
        int positives = examples.Count(e => e.Hateful);
        double positiveWeight = examples.Count / (2.0 * Math.Max(1, positives));
        double negativeWeight = examples.Count / (2.0 * Math.Max(1, examples.Count - positives));
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(Seed);
        for (int epoch = 0; epoch < Epochs; epoch++)
        {
            random.Shuffle(order);
            double loss = 0;
            foreach (int index in order)
            {
                (int[] features, bool hateful) = examples[index];
                double sum = features.Sum(f => weights[f]);
                double p = 1 / (1 + Math.Exp(-sum));
                double y = hateful ? 1 : 0;
                double weight = hateful ? positiveWeight : negativeWeight;
                loss -= weight * ((y * Math.Log(p + 1e-12)) + ((1 - y) * Math.Log(1 - p + 1e-12)));
                double gradient = weight * (p - y);
                foreach (int f in features)
                {
                    double g = gradient + (L2 * weights[f]);
                    squares[f] += g * g;
                    weights[f] -= LearningRate * g / Math.Sqrt(squares[f] + 1e-8);
                }
            }

            if (epoch % 10 == 9)
            {
                Console.WriteLine($"epoch {epoch + 1}: loss {loss / examples.Count:0.0000}");
            }
        }

        return weights.Select(w => (float)w).ToArray();
    }
}
