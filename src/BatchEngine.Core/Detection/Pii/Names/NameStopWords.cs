using System.Collections.Frozen;

namespace BatchEngine.Detection.Pii.Names;

/// <summary>
/// Capitalised words that are not parts of a person's name: months and days, headings and form labels, words
/// for groups of people, and organisation suffixes. A candidate name is cut before the first of them.
/// </summary>
internal static class NameStopWords
{
    private static readonly FrozenSet<string> Words = new[]
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "table", "contents", "executive", "summary", "introduction", "overview", "appendix", "section", "chapter", "abstract",
        "report", "policy", "agreement", "procedure", "manual", "guide", "plan", "proposal", "memo", "memorandum", "minutes",
        "draft", "confidential", "internal", "public", "notice", "form", "application", "page", "subject", "re", "date", "time",
        "name", "signature", "address", "street", "city", "state", "zip", "postcode", "country", "phone", "telephone", "mobile",
        "email", "fax", "title", "position", "department", "dept", "division", "office", "company", "organization", "organisation",
        "inc", "llc", "ltd", "limited", "corp", "corporation", "co", "gmbh", "plc", "llp", "lp", "sa", "ag", "bv", "group", "holdings",
        "foundation", "association", "university", "college", "school", "hospital", "clinic", "bank", "trust", "partners",
        "all", "staff", "team", "teams", "board", "committee", "everyone", "employees", "members", "colleagues", "colleague",
        "customer", "customers", "client", "clients", "friends", "friend", "sir", "madam", "madame", "mr", "mrs", "ms", "dr", "prof",
        "hiring", "recruiter", "human", "resources", "hr", "it", "finance", "legal", "sales", "marketing", "support", "admin",
        "the", "this", "that", "these", "our", "your", "my", "his", "her", "their", "a", "an", "and", "or", "of", "for", "in", "on",
        "yes", "no", "none", "unknown", "n", "tbd", "see", "above", "below", "attached", "other", "same", "self", "applicant",
        "employee", "patient", "candidate", "student", "manager", "director", "president", "officer", "engineer", "analyst",
        "mail", "inbox", "project", "projects", "meeting", "update", "review", "status", "request", "reply", "forwarded",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool Contains(ReadOnlySpan<char> word) => Words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}
