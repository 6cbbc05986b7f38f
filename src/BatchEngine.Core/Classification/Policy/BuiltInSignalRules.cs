using BatchEngine.Classification.Policy.Records;
using BatchEngine.Detection.Phrases;
using BatchEngine.Detection.Safety;

namespace BatchEngine.Classification.Policy;

/// <summary>
/// The default policy (Public = meant for anyone; Confidential = internal or partner-only;
/// Highly Sensitive = strong personal data, financial account data, credentials, export-controlled material;
/// Unsafe wins over all).
/// <list type="bullet">
/// <item>Strong identifiers are Highly Sensitive by themselves (SSN, passport, national ids, card numbers).</item>
/// <item>Contact details, names, one bank account number decide nothing alone (letters, papers, invoices and forms
/// print them); within one record with a person's name they are a person's identity, Highly Sensitive (see
/// <see cref="PersonalRecords"/>), as is a list of several account numbers (<see cref="AccountLists"/>).</item>
/// <item>Internal document kinds (memos, internal e-mail, minutes, notes, plans, proposals, drafts, internal
/// policies, agreements) and confidentiality markings are Confidential; personal-record kinds (medical and pay
/// records) are Highly Sensitive; published kinds (papers, standards, templates and blank forms, public notices,
/// bulk mail, licences, READMEs) are Public and outweigh internal kinds that are not surer (<see cref="KindContest"/>).
/// SOPs, manuals and training material are tagged but no longer Confidential by themselves.</item>
/// </list>
/// Families come first, specific types after, so the specific rule wins.
/// </summary>
internal static class BuiltInSignalRules
{
    public static IReadOnlyList<SignalRule> Create() =>
    [
        .. PersonalData(),
        .. Credentials(),
        .. Markings(),
        .. InternalKinds(),
        .. RecordKinds(),
        .. PublishedKinds(),
        .. Unsafe(),
    ];

    private static IEnumerable<SignalRule> PersonalData() =>
    [
        Rule("PII:*", null, "PII", "personal data"),
        Rule("PII:SSN", SensitivityCategory.HighlySensitive, "PII", "a US Social Security number"),
        Rule("PII:ITIN", SensitivityCategory.HighlySensitive, "PII", "a US taxpayer id (ITIN)"),
        Rule("PII:Passport", SensitivityCategory.HighlySensitive, "PII", "a passport number"),
        Rule("PII:DriversLicense", SensitivityCategory.HighlySensitive, "PII", "a driver's licence number"),
        Rule("PII:UkNino", SensitivityCategory.HighlySensitive, "PII", "a UK National Insurance number"),
        Rule("PII:CaSin", SensitivityCategory.HighlySensitive, "PII", "a Canadian Social Insurance number"),
        Rule("PII:NationalId", SensitivityCategory.HighlySensitive, "PII", "a national id number"),
        Rule("PII:CreditCard", SensitivityCategory.HighlySensitive, "PII", "a payment card number"),
        Rule("PII:BankAccount", null, "PII", "a bank account number"),
        Rule("PII:IBAN", null, "PII", "a bank account number (IBAN)"),
        Rule("PII:BankRouting", null, "PII", "a bank routing number"),
        Rule("PII:DateOfBirth", SensitivityCategory.Confidential, "PII", "a date of birth"),
        Rule("PII:Email", null, "PII", "an email address"),
        Rule("PII:Phone", null, "PII", "a phone number"),
        Rule("PII:PostalAddress", null, "PII", "a postal address"),
        Rule("PII:PersonName", null, "PII", "a person's name"),
        Rule("PII:IpAddress", null, "PII", "an IP address"),
        Rule("PII:CryptoWallet", null, "PII", "a crypto wallet address"),
        Rule(PersonalRecords.Type, SensitivityCategory.HighlySensitive, "PII", "a person's record with their personal data"),
        Rule(AccountLists.Type, SensitivityCategory.HighlySensitive, "PII", "financial account data: several account numbers"),
    ];

    private static IEnumerable<SignalRule> Credentials() =>
    [
        Rule("Secret:*", SensitivityCategory.HighlySensitive, "Secret", "a secret"),
        Rule("Secret:PrivateKey", SensitivityCategory.HighlySensitive, "Secret", "a private key"),
        Rule("Secret:CloudAccessKey", SensitivityCategory.HighlySensitive, "Secret", "a cloud access key id"),
        Rule("Secret:ApiToken", SensitivityCategory.HighlySensitive, "Secret", "an API token"),
        Rule("Secret:BearerToken", SensitivityCategory.HighlySensitive, "Secret", "a bearer token"),
        Rule("Secret:Password", SensitivityCategory.HighlySensitive, "Secret", "a password or secret under a configuration key"),
        Rule("Secret:PasswordHash", SensitivityCategory.HighlySensitive, "Secret", "a password hash (passwd/shadow line or crypt hash)"),
        Rule("Secret:ConnectionString", SensitivityCategory.HighlySensitive, "Secret", "a connection string with a password"),
    ];

    private static IEnumerable<SignalRule> Markings() =>
    [
        Rule(BuiltInMarkerPhrases.Confidential, SensitivityCategory.Confidential, "Internal", "a confidentiality marking"),
        Rule(BuiltInMarkerPhrases.ExportControl, SensitivityCategory.HighlySensitive, "Export-Controlled", "an export-control marking"),
        Rule(BuiltInMarkerPhrases.PublicRelease, SensitivityCategory.Public, "Public-Release", "a public-release statement"),
    ];

    private static IEnumerable<SignalRule> InternalKinds() =>
    [
        Rule("DocKind:*", SensitivityCategory.Confidential, "Internal", "an internal document kind"),
        Rule("DocKind:Memo", SensitivityCategory.Confidential, "Internal", "an internal memo (To/From/Subject header block)"),
        Rule("DocKind:InternalEmail", SensitivityCategory.Confidential, "Internal", "internal e-mail correspondence (From/To/Subject headers, not bulk mail)"),
        Rule("DocKind:Minutes", SensitivityCategory.Confidential, "Internal", "meeting minutes (attendees, agenda, motions or action items)"),
        Rule("DocKind:InterviewNotes", SensitivityCategory.Confidential, "Internal", "interview or user-test notes"),
        Rule("DocKind:StatusReport", SensitivityCategory.Confidential, "Internal", "an internal status, survey or incident report"),
        Rule("DocKind:Plan", SensitivityCategory.Confidential, "Internal", "an internal plan, roadmap or strategy"),
        Rule("DocKind:Proposal", SensitivityCategory.Confidential, "Internal", "a proposal or recommendation"),
        Rule("DocKind:Draft", SensitivityCategory.Confidential, "Internal", "a draft (DRAFT stamp or title)"),
        Rule("DocKind:DraftProposal", SensitivityCategory.Confidential, "Internal", "a draft proposal"),
        Rule("DocKind:InternalPolicy", SensitivityCategory.Confidential, "Internal", "an internal policy addressed to employees"),
        Rule("DocKind:Agreement", SensitivityCategory.Confidential, "Internal", "an agreement (NDA, contract or term sheet)"),
        Rule("DocKind:InternalDocument", SensitivityCategory.Confidential, "Internal", "an internal document header (author with department, team or version)"),
        Rule("DocKind:PersonnelList", SensitivityCategory.Confidential, "Internal", "a personnel list (employee names with ids, departments or approvers)"),
        Rule("DocKind:Review", SensitivityCategory.Confidential, "Internal", "reviewers' comments"),
        Rule("DocKind:EmergencyResponsePlan", SensitivityCategory.Confidential, "Internal", "an emergency or incident response plan"),
        Rule("DocKind:SecurityProcedure", SensitivityCategory.Confidential, "Internal", "a security procedure"),
        Rule("DocKind:SOP", null, "Procedure", "a standard operating procedure"),
        Rule("DocKind:OperationsManual", null, "Manual", "an operations manual"),
        Rule("DocKind:TrainingMaterial", null, "Training", "training material"),
        Rule("DocKind:MaintenanceProcedure", null, "Procedure", "a maintenance procedure"),
    ];

    private static IEnumerable<SignalRule> RecordKinds() =>
    [
        Rule("DocKind:Resume", SensitivityCategory.Confidential, "PII", "a résumé"),
        Rule("DocKind:MedicalRecord", SensitivityCategory.HighlySensitive, "PII", "a filled medical record (patient fields with clinical data)"),
        Rule("DocKind:PayRecord", SensitivityCategory.HighlySensitive, "PII", "a pay record (a payslip, or staff names with salaries)"),
    ];

    private static IEnumerable<SignalRule> PublishedKinds() =>
    [
        Rule("DocKind:Template", SensitivityCategory.Public, "Template", "a template or blank form (slots to fill in)"),
        Rule("DocKind:Paper", SensitivityCategory.Public, "Published", "a published paper (abstract or references section)"),
        Rule("DocKind:Standard", SensitivityCategory.Public, "Published", "a published standard or RFC"),
        Rule("DocKind:PublicNotice", SensitivityCategory.Public, "Published", "a government or public notice addressed to the public"),
        Rule("DocKind:BulkMail", SensitivityCategory.Public, "Published", "bulk or mailing-list mail (unsubscribe link, list headers or a no-reply sender)"),
        Rule("DocKind:Licence", SensitivityCategory.Public, "Published", "a licence text"),
        Rule("DocKind:Readme", SensitivityCategory.Public, "Published", "a project README"),
    ];

    private static IEnumerable<SignalRule> Unsafe() =>
    [
        Rule("Unsafe:*", SensitivityCategory.Unsafe, "Safety-Risk", "unsafe content"),
        Rule(SafetySignalTypes.Hate, SensitivityCategory.Unsafe, "Safety-Risk", "hate speech against a group"),
        Rule(SafetySignalTypes.Threat, SensitivityCategory.Unsafe, "Safety-Risk", "a threat or call for violence"),
        Rule(SafetySignalTypes.Violence, SensitivityCategory.Unsafe, "Safety-Risk", "graphic violence or instructions to hurt people"),
        Rule(SafetySignalTypes.SelfHarm, SensitivityCategory.Unsafe, "Safety-Risk", "self-harm content"),
        Rule(SafetySignalTypes.Extremism, SensitivityCategory.Unsafe, "Safety-Risk", "support for violent extremism"),
        Rule(SafetySignalTypes.Weapons, SensitivityCategory.Unsafe, "Safety-Risk", "weapons or explosives instructions"),
        Rule(ChildExploitationPhrases.Type, SensitivityCategory.Unsafe, "Safety-Risk", "child exploitation content"),
    ];

    private static SignalRule Rule(string type, SensitivityCategory? category, string tag, string reason) =>
        new() { Type = type, Category = category, Tag = tag, Reason = reason };
}
