namespace BatchEngine.AI.Tests.Support;

/// <summary>Plain-text documents whose rules' answer is known.</summary>
internal static class Documents
{
    /// <summary>An internal memo: the rules answer Confidential.</summary>
    public const string Memo = """
        INTERNAL MEMORANDUM
        To: All staff
        From: Operations
        Date: 4 March 2025
        Subject: Warehouse roadmap for the third quarter

        This memo is confidential and for internal use only. The warehouse in Leeds closes in August and its
        stock moves to the new site. Managers should brief their teams before the announcement.
        """;

    public const string Ssn = "536-22-8741";
    public const string Card = "4111 1111 1111 1111";
    public const string Email = "jonathan.appleseed@example.com";

    /// <summary>A personnel record with an SSN and a card number: the rules answer Highly Sensitive.</summary>
    public const string PersonnelRecord = $"""
        Employee record for Jonathan Appleseed
        Social Security Number: {Ssn}
        Corporate card: {Card}
        E-mail: {Email}
        Start date 2 May 2019, department Finance.
        """;
}
