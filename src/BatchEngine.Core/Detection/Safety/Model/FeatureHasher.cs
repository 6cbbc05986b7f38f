namespace BatchEngine.Detection.Safety.Model;

/// <summary>Maps a feature name to one of the model's <see cref="Buckets"/> weights (FNV-1a, so training and detection agree).</summary>
internal static class FeatureHasher
{
    public const int Bits = 17;
    public const int Buckets = 1 << Bits;

    public static int Bucket(string kind, string a, string b = "", string c = "")
    {
        ulong hash = 14695981039346656037UL;
        hash = Mix(hash, kind);
        hash = Mix(hash, a);
        hash = Mix(hash, b);
        hash = Mix(hash, c);
        return (int)(hash >> (64 - Bits));
    }

    private static ulong Mix(ulong hash, string text)
    {
        foreach (char ch in text)
        {
            hash = (hash ^ ch) * 1099511628211UL;
        }

        return (hash ^ 0x1F) * 1099511628211UL;
    }
}
