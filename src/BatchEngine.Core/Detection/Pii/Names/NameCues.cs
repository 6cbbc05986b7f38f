namespace BatchEngine.Detection.Pii.Names;

/// <summary>The built-in cue phrases, each with its kind.</summary>
internal static class NameCues
{
    public static IEnumerable<(string Phrase, NameCueKind Kind)> All()
    {
        string[] personLabels =
        [
            "name", "full name", "legal name", "first name", "last name", "surname", "applicant", "applicant name", "applicant's name",
            "employee", "employee name", "patient", "patient name", "candidate", "student", "student name", "insured", "policyholder",
            "beneficiary", "cardholder", "account holder", "account name", "customer name", "client name", "emergency contact",
            "spouse", "next of kin", "guardian", "parent", "member name", "resident", "tenant", "borrower", "claimant", "taxpayer name",
        ];
        string[] honorifics = ["mr.", "mrs.", "mrs", "ms.", "miss", "mx.", "dr.", "prof.", "professor", "sir"];
        string[] signOffs =
        [
            "signature", "signed", "signed by", "prepared by", "approved by", "submitted by", "reviewed by", "requested by", "authorized by",
            "authorised by", "author", "attn", "attention", "contact", "contact person", "witness", "supervisor", "manager",
            // Whose record a document is: "Employee record for Jonathan Appleseed", "Statement prepared for ...".
            "record for", "file for", "prepared for", "issued to", "statement for", "report for", "profile of",
        ];
        string[] headerFields = ["from", "to", "cc", "bcc", "sender", "recipient"];
        string[] closings =
        [
            "regards", "best regards", "kind regards", "warm regards", "sincerely", "yours sincerely", "sincerely yours", "yours truly",
            "best wishes", "respectfully", "many thanks", "thanks", "thank you", "cheers", "best",
        ];

        return personLabels.Select(p => (p, NameCueKind.PersonLabel))
            .Concat(honorifics.Select(p => (p, NameCueKind.Honorific)))
            .Concat(signOffs.Select(p => (p, NameCueKind.SignOffLabel)))
            .Concat(headerFields.Select(p => (p, NameCueKind.HeaderField)))
            .Concat(closings.Select(p => (p, NameCueKind.Closing)))
            .Append(("dear", NameCueKind.Salutation));
    }
}
