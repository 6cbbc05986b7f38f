using System.Text.RegularExpressions;

namespace BatchEngine.Detection.Pii.Addresses;

/// <summary>
/// The address shapes, each anchored at the position the finder tries (a house number, a P.O. box, a street
/// word): a US/UK/Canadian street line with an optional unit, then optionally a town with a US state and ZIP, a
/// Canadian province and postal code, or a UK postcode; a French street line with its code postal; a German or
/// Dutch house number after the street name, with the postcode and town after it.
/// </summary>
internal static partial class AddressPatterns
{
    private const string StreetLine = """
        \d{1,6}[A-Z]?(?:-\d{1,4})?
        (?:[ ](?:[NSEW]\.?|North|South|East|West))?
        (?:[ ](?:[A-Z][A-Za-z'.-]*|\d{1,3}(?:st|nd|rd|th))){1,4}
        [ ](?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter|Parkway|Pkwy|Circle|Cir|Highway|Hwy|Square|Sq|Trail|Trl|Plaza|Loop|Alley|Pike|Row|Close|Crescent|Cres|Gardens|Grove|Mews|Walk|Rise|Green|Hill)\b\.?
        (?:[ ](?:N|S|E|W|NE|NW|SE|SW)\b\.?)?
        (?:,?[ ](?:(?:Suite|Ste|Apt|Apartment|Unit|Floor|Fl|Room|Rm|Flat)\.?[ ]?\#?[A-Za-z0-9-]+|\#[ ]?[A-Za-z0-9-]+))?
        """;

    private const string Town = """[A-Z][A-Za-z.'-]*(?:[ ][A-Z][A-Za-z.'-]*){0,3}""";

    private const string UsState = "(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|GU|VI)";

    private const string CaPostalCode = "(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)[ ]{1,2}[ABCEGHJ-NPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z][ ]?\\d[ABCEGHJ-NPRSTV-Z]\\d";

    /// <summary>A UK postcode (<c>SW1A 2AA</c>, <c>M1 1AE</c>, <c>GIR 0AA</c>): outward code, a space, inward code.</summary>
    public const string UkPostcode = "(?:GIR[ ]?0AA|[A-PR-UWYZ](?:\\d[A-HJKPS-UW\\d]?|[A-HK-Y]\\d[ABEHMNPRVWXY\\d]?)[ ]?\\d[ABD-HJLNP-UW-Z]{2})";

    private const string Tail = $$"""
        (?<tail>
          ,?\s+{{Town}},[ ]?{{UsState}}[ ]{1,2}\d{5}(?:-\d{4})?
        | ,?\s+{{Town}},?[ ]{{CaPostalCode}}
        | ,?\s+(?:{{Town}},?\s+)?{{UkPostcode}}
        )\b
        """;

    /// <summary>A street line followed by its town and code.</summary>
    [GeneratedRegex($"^{StreetLine}{Tail}", RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    public static partial Regex StreetWithTown();

    /// <summary>A street line alone.</summary>
    [GeneratedRegex($"^{StreetLine}", RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    public static partial Regex StreetOnly();

    /// <summary>A post-office box, with the same optional town and code; searched for, not anchored, a few characters before "box".</summary>
    [GeneratedRegex($$"""(?:P\.?[ ]?O\.?[ ]?Box|Post[ ]Office[ ]Box|POB)[ ]\#?\d{1,7}(?:{{Tail}})?""", RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex PoBox();

    /// <summary>A French street line and its code postal: <c>12 rue de la Paix, 75002 Paris</c>.</summary>
    [GeneratedRegex("""
        ^\d{1,4}(?:[ ]?(?:bis|ter))?,?[ ](?i:rue|avenue|av\.|boulevard|bd|place|chemin|allée|impasse|quai|route|cours)[ ][^\n,]{2,40}?,?\s+\d{5}[ ]\p{Lu}[\p{L}'-]+(?:[ -]\p{Lu}[\p{L}'-]+){0,2}
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    public static partial Regex French();

    /// <summary>After a German or Dutch street name: the house number, then the postcode and town (<c>5, 10115 Berlin</c>, <c>123 1015 CJ Amsterdam</c>).</summary>
    [GeneratedRegex("""
        ^\d{1,4}[a-zA-Z]?(?:[-/]\d{1,4})?,?\s+(?:[DA]-)?(?:\d{5}|\d{4}[ ]?[A-Z]{2})[ ]\p{Lu}[\p{L}-]+(?:[ ]\p{Lu}[\p{L}-]+)?
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    public static partial Regex EuropeanNumberAndTown();

    /// <summary>The value after an address label in a form (<c>Address: </c>, <c>Street address*: </c>, <c>Mailing Address: </c>).</summary>
    [GeneratedRegex("""(?i:address)[^:\n]{0,20}:[ \t*_]*""", RegexOptions.CultureInvariant)]
    public static partial Regex AddressLabel();

    /// <summary>A ZIP or postal-code field and its value (<c>Zip: 62704</c>, <c>Postal Code: M5V 2T6</c>); group <c>value</c> is the code.</summary>
    [GeneratedRegex($$"""^(?i:zip(?:[ ]?code)?|postal[ ]code|post[ ]?code)[ \t*_]*:[ \t*_]*(?<value>\d{5}(?:-\d{4})?|[A-Z]\d[A-Z][ ]?\d[A-Z]\d|{{UkPostcode}})\b""", RegexOptions.CultureInvariant)]
    public static partial Regex PostcodeField();
}
