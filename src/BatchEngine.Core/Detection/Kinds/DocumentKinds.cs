namespace BatchEngine.Detection.Kinds;

/// <summary>
/// The document-kind signal types the structural finders write. Internal kinds vote Confidential, published kinds
/// Public, personal-record kinds Highly Sensitive (see the classifier's built-in rules; every one can be changed
/// with a signal rule).
/// </summary>
internal static class DocumentKinds
{
    public const string Memo = "DocKind:Memo";
    public const string InternalEmail = "DocKind:InternalEmail";
    public const string BulkMail = "DocKind:BulkMail";
    public const string Minutes = "DocKind:Minutes";
    public const string InterviewNotes = "DocKind:InterviewNotes";
    public const string StatusReport = "DocKind:StatusReport";
    public const string Plan = "DocKind:Plan";
    public const string Proposal = "DocKind:Proposal";
    public const string Draft = "DocKind:Draft";
    public const string InternalPolicy = "DocKind:InternalPolicy";
    public const string Agreement = "DocKind:Agreement";
    public const string AuthoredRecord = "DocKind:InternalDocument";
    public const string PersonnelList = "DocKind:PersonnelList";
    public const string Resume = "DocKind:Resume";
    public const string MedicalRecord = "DocKind:MedicalRecord";
    public const string PayRecord = "DocKind:PayRecord";
    public const string Template = "DocKind:Template";
    public const string Paper = "DocKind:Paper";
    public const string Standard = "DocKind:Standard";
    public const string PublicNotice = "DocKind:PublicNotice";
    public const string Licence = "DocKind:Licence";
    public const string ProjectReadme = "DocKind:Readme";
}
