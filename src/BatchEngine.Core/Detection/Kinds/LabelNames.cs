namespace BatchEngine.Detection.Kinds;

/// <summary>Case-insensitive sets of field labels, compared without the trailing colon and emphasis.</summary>
internal sealed class LabelNames(params string[] names)
{
    private readonly HashSet<string> _names = new(names, StringComparer.OrdinalIgnoreCase);

    public bool Contains(ReadOnlySpan<char> label) => _names.GetAlternateLookup<ReadOnlySpan<char>>().Contains(label);

    /// <summary>The set's name for <paramref name="label"/>, or null.</summary>
    public string? Find(ReadOnlySpan<char> label) =>
        _names.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(label, out string? name) ? name : null;
}
