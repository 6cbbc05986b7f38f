namespace BatchEngine.Detection.Phrases;

/// <summary>
/// The built-in confidentiality markers, export-control markings, release statements and internal document
/// kinds. Ambiguous words are left out or need context: "proprietary" alone is everyday language in papers
/// ("proprietary compilers"), so only the stamp forms count; "EAR" counts only near export words.
/// Document kinds are what a document is, so they count fully in the first page's heading and only weakly
/// (below the classifier's default evidence threshold) when merely mentioned further down.
/// </summary>
internal static class BuiltInMarkerPhrases
{
    public const string Confidential = "Marker:Confidential";
    public const string ExportControl = "Marker:ExportControl";
    public const string PublicRelease = "Marker:PublicRelease";

    private const double KindInBody = 0.4;
    private const double KindInHeading = 0.85;

    public static IReadOnlyList<DetectionPhraseSet> Create() =>
    [
        new()
        {
            Type = Confidential,
            Confidence = 0.8,
            LeadingConfidence = 0.9,
            Phrases =
            [
                "internal use only", "for internal use only", "internal only", "do not distribute", "do not forward",
                "do not copy", "confidential", "company confidential", "strictly confidential", "proprietary and confidential",
                "proprietary information", "PROPRIETARY", "non-disclosure", "NDA", "for internal discussion",
                "not for public release", "not for distribution", "not for external distribution", "RESTRICTED",
                "restricted distribution", "trade secret", "attorney-client privileged", "attorney-client privilege",
                "privileged and confidential", "need to know basis",
            ],
            ExcludedContext = ["confidential computing", "confidential transactions", "confidential virtual machine"],
        },
        new()
        {
            Type = ExportControl,
            Confidence = 0.9,
            Phrases =
            [
                "export controlled", "export-controlled", "EAR99", "ECCN", "export control classification number",
                "controlled unclassified information", "CUI", "ITAR controlled", "ITAR-controlled", "ITAR restricted",
                "subject to the EAR", "subject to ITAR", "subject to the ITAR",
            ],
        },
        new()
        {
            Type = ExportControl,
            Confidence = 0.75,
            Phrases = ["ITAR", "EAR", "International Traffic in Arms Regulations", "Export Administration Regulations"],
            RequiredContext = ["export", "license", "licence", "technical data", "foreign person", "warning", "controlled", "ECCN"],
        },
        new()
        {
            Type = PublicRelease,
            Confidence = 0.8,
            Phrases =
            [
                "approved for public release", "cleared for public release", "distribution unlimited",
                "distribution statement a",
            ],
        },
        Kind("DocKind:SOP", "standard operating procedure", "SOP"),
        Kind("DocKind:OperationsManual", "operations manual", "operating procedures manual"),
        Kind("DocKind:TrainingMaterial", "training material", "training manual", "training module", "trainee handout"),
        Kind("DocKind:MaintenanceProcedure", "maintenance procedure", "maintenance manual"),
        Kind("DocKind:EmergencyResponsePlan", "emergency response plan", "emergency action plan", "incident response plan"),
        Kind("DocKind:SecurityProcedure", "security procedure", "security operating procedure", "security plan"),
        Kind("DocKind:DraftProposal", "draft proposal", "proposal draft"),
    ];

    private static DetectionPhraseSet Kind(string type, params string[] phrases) =>
        new() { Type = type, Confidence = KindInBody, LeadingConfidence = KindInHeading, Phrases = [.. phrases] };
}
