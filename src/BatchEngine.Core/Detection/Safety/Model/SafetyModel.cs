namespace BatchEngine.Detection.Safety.Model;

/// <summary>
/// The hate model: a logistic regression over <see cref="SafetyFeatures"/>, its weights a small embedded
/// resource (<c>safety-model.bin</c>: the magic <c>BESM</c>, a version, the number of buckets, then one
/// half-precision weight per bucket) written by <c>samples/BatchEngine.SafetyTrainer</c>. Loaded once.
/// </summary>
internal sealed class SafetyModel
{
    public const string ResourceName = "BatchEngine.Detection.Safety.Model.safety-model.bin";
    public const int Version = 1;
    private const uint Magic = 0x4D534542; // "BESM"

    private static readonly Lazy<SafetyModel> LazyDefault = new(Load);

    private readonly float[] _weights;

    public SafetyModel(float[] weights)
    {
        if (weights.Length != FeatureHasher.Buckets)
        {
            throw new ArgumentException($"A safety model has {FeatureHasher.Buckets} weights; this one has {weights.Length}.", nameof(weights));
        }

        _weights = weights;
    }

    public static SafetyModel Default => LazyDefault.Value;

    /// <summary>The probability that the sentence with these features is hateful.</summary>
    public double Probability(List<int> features)
    {
        double sum = 0;
        foreach (int bucket in features)
        {
            sum += _weights[bucket];
        }

        return 1 / (1 + Math.Exp(-sum));
    }

    public static void Write(Stream stream, float[] weights)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(weights.Length);
        foreach (float weight in weights)
        {
            writer.Write((Half)weight);
        }
    }

    public static SafetyModel Read(Stream stream)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        if (reader.ReadUInt32() != Magic || reader.ReadInt32() != Version)
        {
            throw new InvalidDataException("The safety model resource is not a version-1 BatchEngine safety model.");
        }

        var weights = new float[reader.ReadInt32()];
        for (int i = 0; i < weights.Length; i++)
        {
            weights[i] = (float)reader.ReadHalf();
        }

        return new SafetyModel(weights);
    }

    private static SafetyModel Load()
    {
        using Stream stream = typeof(SafetyModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException(
                $"The embedded resource {ResourceName} is missing; train it with samples/BatchEngine.SafetyTrainer (see its README).");
        return Read(stream);
    }
}
