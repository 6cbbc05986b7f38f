namespace BatchEngine.Detection.Phrases;

/// <summary>
/// The built-in confidentiality markers, export-control markings, release statements and internal document
/// kinds. Ambiguous words are left out or need context: "proprietary" alone is everyday language in papers
/// ("proprietary compilers"), so only the stamp forms count; "EAR" counts only near export words.
/// An agreement's name ("Non-Disclosure Agreement") says what the document is, not how it is marked, so it is a
/// document kind (<c>DocKind:Agreement</c>), not a marking. Topic words and document kinds count fully only where they read as a marking or a title (see
/// <see cref="Marking"/>); merely mentioned in prose they stay under the classifier's default evidence threshold.
/// </summary>
internal static class BuiltInMarkerPhrases
{
    public const string Confidential = "Marker:Confidential";
    public const string ExportControl = "Marker:ExportControl";
    public const string PublicRelease = "Marker:PublicRelease";

    private const double KindMentioned = 0.4;
    private const double KindAsTitle = 0.85;

    public static IReadOnlyList<DetectionPhraseSet> Create() =>
    [
        new()
        {
            // Directives: they mark the document they stand in, wherever they stand.
            Type = Confidential,
            Confidence = 0.8,
            LeadingConfidence = 0.9,
            Phrases =
            [
                "internal use only", "for internal use only", "internal only", "do not distribute", "do not forward",
                "do not copy", "company confidential", "strictly confidential", "proprietary and confidential",
                "privileged and confidential", "attorney-client privileged", "PROPRIETARY", "RESTRICTED",
                "for internal discussion", "not for public release", "not for distribution", "not for external distribution",
                "need to know basis", "keep this between", "keep this to yourself", "keep this to yourselves", "please do not share",
                "do not share this", "not to be shared", "not to be forwarded",
            ],
        },
        new()
        {
            // Topic words: a marking when stamped, a title or "this memo is confidential"; only a mention in prose.
            Type = Confidential,
            Confidence = 0.8,
            LeadingConfidence = 0.9,
            MentionConfidence = 0.4,
            Phrases =
            [
                "confidential", "trade secret", "proprietary information",
                "restricted distribution", "attorney-client privilege",
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
        new() { Type = type, Confidence = KindAsTitle, MentionConfidence = KindMentioned, Phrases = [.. phrases] };
}
