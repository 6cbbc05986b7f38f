namespace BatchEngine.Detection.Pii.Phones;

/// <summary>What libphonenumber says of a candidate's digits.</summary>
internal enum PhoneValidity
{
    /// <summary>No configured region (or, with <c>+</c>, no country) has a number like it.</summary>
    None,

    /// <summary>Its length fits a region's numbers, but no number range there holds it (fictional ranges such as 07700 900xxx).</summary>
    Possible,

    /// <summary>It falls in a number range that a configured region (or, with <c>+</c>, its country) assigns.</summary>
    Valid,
}
