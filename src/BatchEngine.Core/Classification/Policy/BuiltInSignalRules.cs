using BatchEngine.Detection.Pii;
using BatchEngine.Detection.Phrases;

namespace BatchEngine.Classification.Policy;

/// <summary>
/// The default policy. Identity and financial PII, secrets and export-control markings are Highly Sensitive;
/// confidentiality markers, internal document kinds and a date of birth are Confidential; a lone email, phone
/// number or address decides nothing (papers and letters print them), but several of one person's together
/// are Highly Sensitive (see <see cref="ContactClusters"/>); unsafe content is Unsafe.
/// Families come first, specific types after, so the specific rule wins.
/// </summary>
internal static class BuiltInSignalRules
{
    public const string ContactClusterType = "PII:ContactCluster";

    public static IReadOnlyList<SignalRule> Create() =>
    [
        Rule("PII:*", null, "PII", "personal data"),
        Rule(SsnFinder.Type, SensitivityCategory.HighlySensitive, "PII", "a US Social Security number"),
        Rule(PaymentCardFinder.Type, SensitivityCategory.HighlySensitive, "PII", "a payment card number"),
        Rule(IbanFinder.Type, SensitivityCategory.HighlySensitive, "PII", "a bank account number (IBAN)"),
        Rule(DateOfBirthFinder.Type, SensitivityCategory.Confidential, "PII", "a date of birth"),
        Rule(EmailFinder.Type, null, "PII", "an email address"),
        Rule(PhoneFinder.Type, null, "PII", "a phone number"),
        Rule(PostalAddressFinder.Type, null, "PII", "a postal address"),
        Rule(ContactClusterType, SensitivityCategory.HighlySensitive, "PII", "several contact details of one person together"),
        Rule("Secret:*", SensitivityCategory.HighlySensitive, "Secret", "a secret"),
        Rule("Secret:PrivateKey", SensitivityCategory.HighlySensitive, "Secret", "a private key"),
        Rule("Secret:CloudAccessKey", SensitivityCategory.HighlySensitive, "Secret", "a cloud access key id"),
        Rule("Secret:ApiToken", SensitivityCategory.HighlySensitive, "Secret", "an API token"),
        Rule("Secret:BearerToken", SensitivityCategory.HighlySensitive, "Secret", "a bearer token"),
        Rule(BuiltInMarkerPhrases.Confidential, SensitivityCategory.Confidential, "Internal", "a confidentiality marking"),
        Rule(BuiltInMarkerPhrases.ExportControl, SensitivityCategory.HighlySensitive, "Export-Controlled", "an export-control marking"),
        Rule(BuiltInMarkerPhrases.PublicRelease, SensitivityCategory.Public, "Public-Release", "a public-release statement"),
        Rule("DocKind:*", SensitivityCategory.Confidential, "Internal", "an internal document kind"),
        Rule("DocKind:Review", SensitivityCategory.Confidential, "Internal", "a reviewer's comment on a draft"),
        Rule("DocKind:SOP", SensitivityCategory.Confidential, "Internal", "a standard operating procedure"),
        Rule("DocKind:OperationsManual", SensitivityCategory.Confidential, "Internal", "an operations manual"),
        Rule("DocKind:TrainingMaterial", SensitivityCategory.Confidential, "Internal", "internal training material"),
        Rule("DocKind:MaintenanceProcedure", SensitivityCategory.Confidential, "Internal", "a maintenance procedure"),
        Rule("DocKind:EmergencyResponsePlan", SensitivityCategory.Confidential, "Internal", "an emergency response plan"),
        Rule("DocKind:SecurityProcedure", SensitivityCategory.Confidential, "Internal", "a security procedure"),
        Rule("DocKind:DraftProposal", SensitivityCategory.Confidential, "Internal", "a draft proposal"),
        Rule("Unsafe:*", SensitivityCategory.Unsafe, "Safety-Risk", "unsafe content"),
        Rule(BuiltInUnsafePhrases.Violence, SensitivityCategory.Unsafe, "Safety-Risk", "a violent threat"),
        Rule(BuiltInUnsafePhrases.Weapons, SensitivityCategory.Unsafe, "Safety-Risk", "weapons or explosives instructions"),
        Rule(BuiltInUnsafePhrases.ChildExploitation, SensitivityCategory.Unsafe, "Safety-Risk", "child exploitation content"),
        Rule(BuiltInUnsafePhrases.Extremism, SensitivityCategory.Unsafe, "Safety-Risk", "extremist recruitment"),
        Rule(BuiltInUnsafePhrases.SelfHarm, SensitivityCategory.Unsafe, "Safety-Risk", "self-harm instructions"),
        Rule(BuiltInUnsafePhrases.HateSpeech, SensitivityCategory.Unsafe, "Safety-Risk", "hate speech"),
    ];

    private static SignalRule Rule(string type, SensitivityCategory? category, string tag, string reason) =>
        new() { Type = type, Category = category, Tag = tag, Reason = reason };
}
