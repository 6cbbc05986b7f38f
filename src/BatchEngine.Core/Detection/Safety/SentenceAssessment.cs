namespace BatchEngine.Detection.Safety;

/// <summary>What the grammar and the model make of one sentence: a kind of unsafe content, how sure, and why.</summary>
internal readonly record struct SentenceAssessment(int Page, int Start, int End, SafetyCategory Category, double Score, string Reason);
