namespace BatchEngine.Classification.Policy.Records;

/// <summary>
/// E-mail addresses of a role or an organisation rather than a person (<c>security@</c>, <c>info@</c>,
/// <c>noreply@</c>): printed on forms, letters and web pages for anyone to use, they are no person's contact data.
/// The pattern of a staff address (<c>lastname_firstname@</c>, <c>first.last@</c>) names nobody either.
/// </summary>
internal static class RoleAddresses
{
    private static readonly HashSet<string> Roles = new(StringComparer.OrdinalIgnoreCase)
    {
        "info", "contact", "contacts", "support", "help", "helpdesk", "sales", "security", "admin", "administrator", "office", "hello",
        "press", "media", "billing", "invoices", "invoice", "accounts", "accounting", "noreply", "no-reply", "donotreply", "do-not-reply",
        "webmaster", "postmaster", "hostmaster", "abuse", "privacy", "legal", "hr", "jobs", "careers", "recruiting", "team", "enquiries",
        "inquiries", "service", "customerservice", "customer.service", "marketing", "news", "newsletter", "mail", "feedback", "orders",
        "reception", "membership", "members", "secretary", "board", "events", "compliance", "dpo", "it", "ops", "devops", "root", "pr", "product", "engineering", "finance", "partners",
        "partnerships", "investors", "ir", "communications", "comms", "office-manager", "facilities", "licensing",
    };

    private static readonly HashSet<string> PatternWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "first", "last", "firstname", "lastname", "surname", "name", "fname", "lname", "given", "family", "givenname", "familyname",
        "initial", "initials", "middle", "yourname", "username", "user", "your",
    };

    /// <summary>True when the local part, or its first word (<c>eng-leadership@</c>, <c>security-team@</c>), is a role.</summary>
    public static bool IsRole(ReadOnlySpan<char> address)
    {
        int at = address.IndexOf('@');
        if (at <= 0)
        {
            return false;
        }

        ReadOnlySpan<char> local = address[..at];
        var lookup = Roles.GetAlternateLookup<ReadOnlySpan<char>>();
        int cut = local.IndexOfAny("-_.+");
        return lookup.Contains(local) || (cut > 0 && (lookup.Contains(local[..cut]) || lookup.Contains(local[(cut + 1)..]))) || IsPattern(local);
    }

    private static bool IsPattern(ReadOnlySpan<char> local)
    {
        var lookup = PatternWords.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (Range word in local.SplitAny("-_.+"))
        {
            if (!lookup.Contains(local[word]))
            {
                return false;
            }
        }

        return true;
    }
}
