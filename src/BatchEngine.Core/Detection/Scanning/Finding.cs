namespace BatchEngine.Detection.Scanning;

/// <summary>One hit of a finder in a page's text, before it becomes a <see cref="DetectionSignal"/>.</summary>
internal readonly record struct Finding(int Start, int Length, string Type, double Confidence, MaskStyle Mask)
{
    public int End => Start + Length;
}
