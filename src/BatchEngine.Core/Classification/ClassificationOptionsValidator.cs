using Microsoft.Extensions.Options;

namespace BatchEngine.Classification;

/// <summary>Checks <see cref="ClassificationOptions"/> when the engine starts, naming the setting at fault.</summary>
internal sealed class ClassificationOptionsValidator : IValidateOptions<ClassificationOptions>
{
    public ValidateOptionsResult Validate(string? name, ClassificationOptions options)
    {
        var failures = new List<string>();
        Fraction(failures, nameof(options.MinimumSignalConfidence), options.MinimumSignalConfidence);
        Fraction(failures, nameof(options.ReviewThreshold), options.ReviewThreshold);
        if (options.MaxCitations is < 1 or > 100)
        {
            failures.Add($"ClassificationOptions.MaxCitations must be between 1 and 100; it is {options.MaxCitations}.");
        }

        if (options.ContactClusterMinimumKinds is < 0 or > 4 or 1)
        {
            failures.Add($"ClassificationOptions.ContactClusterMinimumKinds must be 0 (off) or between 2 and 4; it is {options.ContactClusterMinimumKinds}.");
        }

        if (options.ContactClusterWindowCharacters < 0)
        {
            failures.Add($"ClassificationOptions.ContactClusterWindowCharacters must not be negative; it is {options.ContactClusterWindowCharacters}.");
        }

        if (options.AccountListMinimumNumbers is < 0 or 1)
        {
            failures.Add($"ClassificationOptions.AccountListMinimumNumbers must be 0 (off) or at least 2; it is {options.AccountListMinimumNumbers}.");
        }

        if (!Enum.IsDefined(options.NoTextCategory))
        {
            failures.Add($"ClassificationOptions.NoTextCategory must be Public, Confidential, HighlySensitive or Unsafe; it is {options.NoTextCategory}.");
        }

        SignalRules(failures, options.SignalRules);
        PhraseRules(failures, options.PhraseRules);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Fraction(List<string> failures, string setting, double value)
    {
        if (value is < 0 or > 1 || double.IsNaN(value))
        {
            failures.Add($"ClassificationOptions.{setting} must be between 0 and 1; it is {value}.");
        }
    }

    private static void SignalRules(List<string> failures, List<SignalRule>? rules)
    {
        if (rules is null)
        {
            failures.Add("ClassificationOptions.SignalRules must not be null; use an empty list for none.");
            return;
        }

        for (int i = 0; i < rules.Count; i++)
        {
            SignalRule rule = rules[i];
            if (string.IsNullOrWhiteSpace(rule.Type) || !rule.Type.Contains(':', StringComparison.Ordinal))
            {
                failures.Add($"ClassificationOptions.SignalRules[{i}].Type must be a signal type such as 'PII:SSN' or a family such as 'Secret:*'; it is '{rule.Type}'.");
            }

            if (rule.Category is { } category && !Enum.IsDefined(category))
            {
                failures.Add($"ClassificationOptions.SignalRules[{i}].Category is not a known category: {category}.");
            }
        }
    }

    private static void PhraseRules(List<string> failures, List<PolicyPhraseRule>? rules)
    {
        if (rules is null)
        {
            failures.Add("ClassificationOptions.PhraseRules must not be null; use an empty list for none.");
            return;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < rules.Count; i++)
        {
            PolicyPhraseRule rule = rules[i];
            string where = $"ClassificationOptions.PhraseRules[{i}]";
            if (string.IsNullOrWhiteSpace(rule.Name) || rule.Name.Any(char.IsWhiteSpace) || rule.Name.Contains(':', StringComparison.Ordinal))
            {
                failures.Add($"{where}.Name must be a short name without spaces or ':' (it becomes the signal type 'Policy:Name'); it is '{rule.Name}'.");
            }
            else if (!names.Add(rule.Name))
            {
                failures.Add($"{where}.Name '{rule.Name}' is used by another phrase rule; names must be unique.");
            }

            if (rule.Phrases is null || rule.Phrases.Count == 0 || rule.Phrases.Any(string.IsNullOrWhiteSpace))
            {
                failures.Add($"{where}.Phrases must list at least one phrase and no blank ones.");
            }

            if (string.IsNullOrWhiteSpace(rule.Reason))
            {
                failures.Add($"{where}.Reason must say in plain words why the phrase matters.");
            }

            if (!Enum.IsDefined(rule.Category))
            {
                failures.Add($"{where}.Category is not a known category: {rule.Category}.");
            }

            if (rule.Confidence is < 0 or > 1 || double.IsNaN(rule.Confidence))
            {
                failures.Add($"{where}.Confidence must be between 0 and 1; it is {rule.Confidence}.");
            }
        }
    }
}
