namespace BatchEngine.Detection.Secrets;

/// <summary>
/// Values that stand in for a secret rather than being one: empty, a variable reference (<c>${DB_PASSWORD}</c>,
/// <c>%PASS%</c>, <c>$(token)</c>, <c>{{ secret }}</c>), an angle-bracket or square-bracket slot (<c>&lt;secret&gt;</c>,
/// <c>[PASSWORD]</c>), a run of one masking character (<c>xxxx</c>, <c>****</c>), or a phrase that says it is an
/// example (<c>your_database_password</c>, <c>changeme</c>, <c>sk_test_your_key_here</c>). Templates and
/// <c>.env.example</c> files are made of these; a file holding only these is not a credential file.
/// </summary>
internal static class PlaceholderValue
{
    /// <summary>Words that, anywhere in a value, say it is a slot to fill in.</summary>
    private static readonly string[] SlotWords =
    [
        "your", "here", "changeme", "change_me", "change-me", "changeit", "example", "placeholder", "dummy",
        "replace", "insert_", "enter_", "redacted", "fixme", "xxx", "foobar", "lorem",
    ];

    /// <summary>Whole values that name the field instead of filling it.</summary>
    private static readonly HashSet<string> FieldWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "none", "null", "nil", "undefined", "empty", "password", "passwd", "pass", "secret", "token", "sample", "todo",
        "tbd", "true", "false", "required", "optional", "string", "value", "default", "hidden", "masked",
    };

    public static bool IsPlaceholder(ReadOnlySpan<char> value)
    {
        value = value.Trim().Trim("\"'`");
        if (value.Length < 4)
        {
            return true;
        }

        if (value[0] is '$' or '%' or '<' or '[' or '{' || value.StartsWith("#{", StringComparison.Ordinal))
        {
            return true;
        }

        if (IsOneCharacterRepeated(value))
        {
            return true;
        }

        if (FieldWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(value))
        {
            return true;
        }

        foreach (string word in SlotWords)
        {
            if (value.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOneCharacterRepeated(ReadOnlySpan<char> value)
    {
        char first = char.ToLowerInvariant(value[0]);
        foreach (char c in value)
        {
            if (char.ToLowerInvariant(c) != first && c is not '-' and not '_')
            {
                return false;
            }
        }

        return true;
    }
}
