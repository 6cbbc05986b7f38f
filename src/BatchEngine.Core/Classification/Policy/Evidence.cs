using BatchEngine.Detection;

namespace BatchEngine.Classification.Policy;

/// <summary>A signal that counts, with what the policy says about it.</summary>
internal sealed record Evidence(DetectionSignal Signal, SensitivityCategory? Category, string? Tag, string Reason);
