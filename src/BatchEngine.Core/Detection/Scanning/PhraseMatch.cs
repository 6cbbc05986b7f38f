namespace BatchEngine.Detection.Scanning;

/// <summary>A whole-word phrase hit: where it stands and which phrase group it belongs to.</summary>
internal readonly record struct PhraseMatch(int Start, int Length, int Group);
