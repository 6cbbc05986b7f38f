namespace BatchEngine.Classification.Policy.Records;

/// <summary>
/// A published contact point: a name that the text offers to its readers as the person to contact ("for more
/// information please contact Vani Anantha, vani@…", "Questions? Write to …"). Newsletters, notices and flyers
/// print them to be used; the policy does not count them as the person's private record.
/// </summary>
internal static class ContactPoint
{
    public const string Reason = "a published contact point (an invitation to contact the person)";

    private const int Window = 60;

    private static readonly string[] Invitations =
    [
        "please contact", "please call", "please email", "please e-mail", "please write", "for more information", "for further information",
        "for information", "questions?", "questions, contact", "questions contact", "enquiries", "inquiries", "to register", "to rsvp", "rsvp to",
        "contact us", "press contact", "media contact", "contact person", "your contact", "ansprechpartner", "interlocuteur",
    ];

    public static bool Invites(string text, int nameStart)
    {
        int from = Math.Max(0, nameStart - Window);
        ReadOnlySpan<char> before = text.AsSpan(from, Math.Max(0, nameStart - from));
        foreach (string invitation in Invitations)
        {
            if (before.Contains(invitation, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
