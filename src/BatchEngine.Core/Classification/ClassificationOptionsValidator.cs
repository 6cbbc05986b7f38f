using Microsoft.Extensions.Options;

namespace BatchEngine.Classification;

/// <summary>Checks <see cref="ClassificationOptions"/> when the engine starts: the configuration key (<c>BatchEngine:Classification</c>), the rule, the value.</summary>
internal sealed class ClassificationOptionsValidator : IValidateOptions<ClassificationOptions>
{
    public ValidateOptionsResult Validate(string? name, ClassificationOptions options)
    {
        var failures = new List<string>();
        Fraction(failures, nameof(options.MinimumSignalConfidence), options.MinimumSignalConfidence);
        Fraction(failures, nameof(options.ReviewThreshold), options.ReviewThreshold);
        if (options.MaxCitations is < 1 or > 100)
        {
            failures.Add($"BatchEngine:Classification:MaxCitations must be between 1 and 100 (was {options.MaxCitations}).");
        }

        if (options.ContactClusterMinimumKinds is < 0 or > 4 or 1)
        {
            failures.Add($"BatchEngine:Classification:ContactClusterMinimumKinds must be 0 (off) or between 2 and 4 (was {options.ContactClusterMinimumKinds}).");
        }

        if (options.ContactClusterWindowCharacters < 0)
        {
            failures.Add($"BatchEngine:Classification:ContactClusterWindowCharacters must not be negative (was {options.ContactClusterWindowCharacters}).");
        }

        if (options.AccountListMinimumNumbers is < 0 or 1)
        {
            failures.Add($"BatchEngine:Classification:AccountListMinimumNumbers must be 0 (off) or at least 2 (was {options.AccountListMinimumNumbers}).");
        }

        if (!Enum.IsDefined(options.NoTextCategory))
        {
            failures.Add($"BatchEngine:Classification:NoTextCategory must be Public, Confidential, HighlySensitive or Unsafe (was {options.NoTextCategory}).");
        }

        SignalRules(failures, options.SignalRules);
        PhraseRules(failures, options.PhraseRules);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Fraction(List<string> failures, string setting, double value)
    {
        if (value is < 0 or > 1 || double.IsNaN(value))
        {
            failures.Add($"BatchEngine:Classification:{setting} must be between 0 and 1 (was {value}).");
        }
    }

    private static void SignalRules(List<string> failures, List<SignalRule>? rules)
    {
        if (rules is null)
        {
            failures.Add("BatchEngine:Classification:SignalRules must not be null; use an empty list for none.");
            return;
        }

        for (int i = 0; i < rules.Count; i++)
        {
            SignalRule rule = rules[i];
            if (string.IsNullOrWhiteSpace(rule.Type) || !rule.Type.Contains(':', StringComparison.Ordinal))
            {
                failures.Add($"BatchEngine:Classification:SignalRules:{i}:Type must be a signal type such as 'PII:SSN' or a family such as 'Secret:*' (was '{rule.Type}').");
            }

            if (rule.Category is { } category && !Enum.IsDefined(category))
            {
                failures.Add($"BatchEngine:Classification:SignalRules:{i}:Category is not a known category: {category}.");
            }
        }
    }

    private static void PhraseRules(List<string> failures, List<PolicyPhraseRule>? rules)
    {
        if (rules is null)
        {
            failures.Add("BatchEngine:Classification:PhraseRules must not be null; use an empty list for none.");
            return;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < rules.Count; i++)
        {
            PolicyPhraseRule rule = rules[i];
            string where = $"BatchEngine:Classification:PhraseRules:{i}";
            if (string.IsNullOrWhiteSpace(rule.Name) || rule.Name.Any(char.IsWhiteSpace) || rule.Name.Contains(':', StringComparison.Ordinal))
            {
                failures.Add($"{where}:Name must be a short name without spaces or ':' (it becomes the signal type 'Policy:Name') (was '{rule.Name}').");
            }
            else if (!names.Add(rule.Name))
            {
                failures.Add($"{where}:Name '{rule.Name}' is used by another phrase rule; names must be unique.");
            }

            if (rule.Phrases is null || rule.Phrases.Count == 0 || rule.Phrases.Any(string.IsNullOrWhiteSpace))
            {
                failures.Add($"{where}:Phrases must list at least one phrase and no blank ones.");
            }

            if (string.IsNullOrWhiteSpace(rule.Reason))
            {
                failures.Add($"{where}:Reason must say in plain words why the phrase matters.");
            }

            if (!Enum.IsDefined(rule.Category))
            {
                failures.Add($"{where}:Category is not a known category: {rule.Category}.");
            }

            if (rule.Confidence is < 0 or > 1 || double.IsNaN(rule.Confidence))
            {
                failures.Add($"{where}:Confidence must be between 0 and 1 (was {rule.Confidence}).");
            }
        }
    }
}
