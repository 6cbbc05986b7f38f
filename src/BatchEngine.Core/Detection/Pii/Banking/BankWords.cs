using BatchEngine.Detection.Scanning;

namespace BatchEngine.Detection.Pii.Banking;

/// <summary>The words that mark bank details, shared by the routing and account finders so they agree on a record.</summary>
internal static class BankWords
{
    public const int Window = 120;

    public static readonly ContextWords Routing = new(["routing", "aba", "rtn", "transit number", "routing number", "bank code", "ach"]);

    public static readonly ContextWords Account = new(
        ["account number", "account no", "account #", "acct", "a/c", "checking account", "savings account", "bank account", "account:", "konto"]);

    public static readonly ContextWords Bank = new(["bank", "checking", "savings", "direct deposit", "wire", "routing", "credit union"]);
}
