namespace BatchEngine.Detection.Safety.Text;

/// <summary>
/// Folds a character to the lower-case ASCII letter it stands for: accents dropped, look-alike Cyrillic and
/// Greek letters mapped, and the digits and symbols of leetspeak ("k1ll", "n!gg3r", "$hit") read as letters
/// when they stand inside a word.
/// </summary>
internal static class CharFolding
{
    // Every scan folds every character, and the fallback for non-ASCII letters (char.IsLetter and
    // ToLowerInvariant) is slow: the answer for all 65,536 chars is worked out once (128 KB).
    private static readonly char[] Letters = CreateLetters();

    /// <summary>The letter <paramref name="c"/> is, or <c>\0</c> when it is not one.</summary>
    public static char Letter(char c) => Letters[c];

    private static char[] CreateLetters()
    {
        var letters = new char[char.MaxValue + 1];
        for (int c = 0; c <= char.MaxValue; c++)
        {
            letters[c] = Fold((char)c);
        }

        return letters;
    }

    private static char Fold(char c)
    {
        if (c is >= 'a' and <= 'z')
        {
            return c;
        }

        if (c is >= 'A' and <= 'Z')
        {
            return (char)(c + 32);
        }

        if (c < 0x80)
        {
            return '\0';
        }

        return c switch
        {
            'à' or 'á' or 'â' or 'ã' or 'ä' or 'å' or 'À' or 'Á' or 'Â' or 'Ã' or 'Ä' or 'Å' or 'а' or 'А' or 'α' => 'a',
            'è' or 'é' or 'ê' or 'ë' or 'È' or 'É' or 'Ê' or 'Ë' or 'е' or 'Е' or 'ε' => 'e',
            'ì' or 'í' or 'î' or 'ï' or 'Ì' or 'Í' or 'Î' or 'Ï' or 'і' or 'І' or 'ι' => 'i',
            'ò' or 'ó' or 'ô' or 'õ' or 'ö' or 'ø' or 'Ò' or 'Ó' or 'Ô' or 'Õ' or 'Ö' or 'Ø' or 'о' or 'О' or 'ο' => 'o',
            'ù' or 'ú' or 'û' or 'ü' or 'Ù' or 'Ú' or 'Û' or 'Ü' or 'υ' => 'u',
            'ç' or 'Ç' or 'с' or 'С' => 'c',
            'ñ' or 'Ñ' => 'n',
            'ý' or 'ÿ' or 'Ý' or 'у' or 'У' => 'y',
            'р' or 'Р' or 'ρ' => 'p',
            'х' or 'Х' or 'χ' => 'x',
            'к' or 'К' or 'κ' => 'k',
            'м' or 'М' => 'm',
            'т' or 'Т' or 'τ' => 't',
            'в' or 'В' or 'β' => 'b',
            'н' or 'Н' => 'h',
            'ß' => 's',
            _ => char.IsLetter(c) ? char.ToLowerInvariant(c) : '\0',
        };
    }

    /// <summary>The letter a leetspeak digit or symbol stands for inside a word, or <c>\0</c>.</summary>
    public static char Leet(char c) => c switch
    {
        '0' => 'o',
        '1' => 'i',
        '3' => 'e',
        '4' => 'a',
        '5' => 's',
        '7' => 't',
        '8' => 'b',
        '@' => 'a',
        '$' => 's',
        '!' => 'i',
        '|' => 'l',
        '€' => 'e',
        _ => '\0',
    };

    /// <summary>Symbols that stand for a hidden letter ("f*ck", "sh#t").</summary>
    public static bool IsMask(char c) => c is '*' or '#' or '%';

    public static bool IsApostrophe(char c) => c is '\'' or '’' or '‘' or 'ʼ' or '`';

    public static bool IsDoubleQuote(char c) => c is '"' or '“' or '”' or '„' or '«' or '»';
}
