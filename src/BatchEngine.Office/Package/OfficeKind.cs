namespace BatchEngine.Office.Package;

/// <summary>Which Office application's file a package is, from its main part's content type.</summary>
internal enum OfficeKind
{
    Unknown,
    Word,
    Excel,
    PowerPoint,
}
