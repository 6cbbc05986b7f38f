using BatchEngine.Detection.Pii.Phones;
using BatchEngine.Detection.Scanning;
using Microsoft.Extensions.Options;

namespace BatchEngine.Detection;

/// <summary>Checks <see cref="DetectionOptions"/> when the engine starts: the configuration key (<c>BatchEngine:Detection</c>), the rule, the value.</summary>
internal sealed class DetectionOptionsValidator : IValidateOptions<DetectionOptions>
{
    public ValidateOptionsResult Validate(string? name, DetectionOptions options)
    {
        var failures = new List<string>();
        Range(failures, nameof(options.SnippetContextCharacters), options.SnippetContextCharacters, 0, 500);
        Range(failures, nameof(options.ContextWindowCharacters), options.ContextWindowCharacters, 0, 1_000);
        Range(failures, nameof(options.PhraseContextWindowCharacters), options.PhraseContextWindowCharacters, 0, 2_000);
        Range(failures, nameof(options.LeadingCharacters), options.LeadingCharacters, 0, 100_000);
        PhoneRegions(failures, options.PhoneRegions);
        PhraseSets(failures, nameof(options.MarkerPhrases), options.MarkerPhrases, requiredPrefix: null);
        PhraseSets(failures, nameof(options.UnsafePhrases), options.UnsafePhrases, requiredPrefix: "Unsafe:");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Range(List<string> failures, string setting, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            failures.Add($"BatchEngine:Detection:{setting} must be between {min} and {max} (was {value}).");
        }
    }

    private static void PhoneRegions(List<string> failures, List<string>? regions)
    {
        if (regions is null)
        {
            failures.Add($"BatchEngine:Detection:{nameof(DetectionOptions.PhoneRegions)} must not be null; use an empty list for the default regions.");
            return;
        }

        foreach (string region in regions)
        {
            if (string.IsNullOrWhiteSpace(region) || !PhoneNumberValidator.IsKnownRegion(region))
            {
                failures.Add($"BatchEngine:Detection:{nameof(DetectionOptions.PhoneRegions)} holds '{region}', which is not a region code libphonenumber knows (for example 'GB').");
            }
        }
    }

    private static void PhraseSets(List<string> failures, string setting, List<DetectionPhraseSet>? sets, string? requiredPrefix)
    {
        if (sets is null)
        {
            failures.Add($"BatchEngine:Detection:{setting} must not be null; use an empty list for none.");
            return;
        }

        for (int i = 0; i < sets.Count; i++)
        {
            DetectionPhraseSet set = sets[i];
            string where = $"BatchEngine:Detection:{setting}:{i}";
            if (string.IsNullOrWhiteSpace(set.Type) || !set.Type.Contains(':', StringComparison.Ordinal))
            {
                failures.Add($"{where}:Type must be 'Family:Kind' (for example 'Marker:Confidential') (was '{set.Type}').");
            }
            else if (requiredPrefix is not null && !set.Type.StartsWith(requiredPrefix, StringComparison.Ordinal))
            {
                failures.Add($"{where}:Type must start with '{requiredPrefix}' (was '{set.Type}').");
            }

            if (set.Phrases is null || set.Phrases.Count == 0 || set.Phrases.Any(string.IsNullOrWhiteSpace))
            {
                failures.Add($"{where}:Phrases must list at least one phrase and no blank ones.");
            }
            else if (set.Phrases.FirstOrDefault(p => p.Trim().Length < PhraseMatcher.MinimumPhraseLength) is { } tooShort)
            {
                failures.Add($"{where}:Phrases must each have at least {PhraseMatcher.MinimumPhraseLength} characters; '{tooShort}' is too short.");
            }

            if (set.Confidence is < 0 or > 1 || double.IsNaN(set.Confidence) || set.LeadingConfidence is < 0 or > 1)
            {
                failures.Add($"{where}:Confidence and LeadingConfidence must be between 0 and 1.");
            }

            if (set.RequiredContext is null || set.ExcludedContext is null)
            {
                failures.Add($"{where}:RequiredContext and ExcludedContext must not be null; use empty lists.");
            }
        }
    }
}
