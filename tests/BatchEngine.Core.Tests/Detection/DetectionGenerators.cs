using System.Text;
using BatchEngine.Detection.Pii;
using FsCheck;
using FsCheck.Fluent;

namespace BatchEngine.Tests.Detection;

/// <summary>A valid card number as printed, and its digits.</summary>
public sealed record ValidCard(string Printed, string Digits);

/// <summary>A valid IBAN as printed, and its compact form.</summary>
public sealed record ValidIban(string Printed, string Compact);

/// <summary>A valid, issuable SSN as printed (<c>AAA-GG-SSSS</c>).</summary>
public sealed record ValidSsn(string Printed);

/// <summary>Lower-case words, punctuation and one- or two-digit numbers: nothing any detector should report.</summary>
public sealed record NonMatchingText(string Text);

/// <summary>A capitalised first and last name of random letters (never a stop word: five letters or more).</summary>
public sealed record PersonNameSample(string First, string Last);

/// <summary>FsCheck generators for the detector properties.</summary>
public static class DetectionGenerators
{
    /// <summary>Issuer prefixes with the lengths that issuer uses.</summary>
    private static readonly (string Prefix, int[] Lengths)[] Issuers =
    [
        ("4", [13, 16, 19]), ("51", [16]), ("52", [16]), ("53", [16]), ("54", [16]), ("55", [16]), ("2221", [16]), ("2720", [16]),
        ("34", [15]), ("37", [15]), ("6011", [16, 19]), ("65", [16, 17, 18, 19]), ("644", [16]), ("36", [14]), ("300", [14]),
        ("3528", [16]), ("3589", [16, 19]), ("62", [16, 19]), ("2200", [16]),
        ("1800", [15]), ("2131", [15]), ("50", [12, 13, 19]), ("6759", [12, 16]), ("508", [16]), ("2204", [19]),
    ];

    public static Arbitrary<ValidCard> Cards() =>
        (from issuer in Gen.Elements(Issuers)
         from length in Gen.Elements(issuer.Lengths)
         from body in Gen.ArrayOf(Gen.Choose(0, 9), length - issuer.Prefix.Length - 1)
         from separator in Gen.Elements("", " ", "-")
         from layout in Gen.Elements(Layouts(length))
         let withoutCheck = issuer.Prefix + string.Concat(body)
         let digits = withoutCheck + LuhnCheckDigit(withoutCheck)
         select new ValidCard(Group(digits, separator, layout), digits)).ToArbitrary();

    /// <summary>The ways cards are printed: groups of four, and the 4-6-5 / 4-6-4 layouts of 15- and 14-digit cards.</summary>
    private static int[][] Layouts(int length) => length switch
    {
        15 => [[4, 4, 4, 4], [4, 6, 5]],
        14 => [[4, 4, 4, 4], [4, 6, 4]],
        _ => [[4, 4, 4, 4, 4]],
    };

    public static Arbitrary<ValidIban> Ibans() =>
        (from country in Gen.Elements(IbanCountries.All.ToArray())
         from bban in Gen.ArrayOf(Gen.Frequency((4, Gen.Choose('0', '9')), (1, Gen.Choose('A', 'Z'))), country.Value - 4)
         from spaced in Gen.Elements(true, false)
         let compact = WithCheckDigits(country.Key, new string(bban.Select(c => (char)c).ToArray()))
         select new ValidIban(spaced ? Group(compact, " ", [4, 4, 4, 4, 4, 4, 4, 4, 4]) : compact, compact)).ToArbitrary();

    public static Arbitrary<ValidSsn> Ssns() =>
        (from area in Gen.Choose(1, 899).Where(a => a != 666)
         from groupNumber in Gen.Choose(1, 99)
         from serial in Gen.Choose(1, 9999)
         let value = (area * 1_000_000) + (groupNumber * 10_000) + serial
         where SsnFinder.IsValid(value)
         select new ValidSsn($"{area:000}-{groupNumber:00}-{serial:0000}")).ToArbitrary();

    public static Arbitrary<PersonNameSample> Names() =>
        (from first in Word()
         from last in Word()
         select new PersonNameSample(first, last)).ToArbitrary();

    private static Gen<string> Word() =>
        from length in Gen.Choose(5, 9)
        from head in Gen.Choose('A', 'Z')
        from tail in Gen.ArrayOf(Gen.Choose('a', 'z'), length - 1)
        let word = (char)head + new string(tail.Select(c => (char)c).ToArray())
        where !BatchEngine.Detection.Pii.Names.NameStopWords.Contains(word)
        select word;

    public static Arbitrary<NonMatchingText> Text() =>
        (from words in Gen.ListOf(Gen.OneOf(
             Gen.ArrayOf(Gen.Choose('a', 'z'), 5).Select(cs => new string(cs.Select(c => (char)c).ToArray())).Where(IsNoWordTheSafetyLexiconKnows),
             Gen.Choose(0, 99).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)),
             Gen.Elements(".", ",", ";", "(", ")", "-", "\n", "'", "!", "?")))
         select new NonMatchingText(string.Join(' ', words))).ToArbitrary();

    /// <summary>
    /// Random letters now and then spell a slur or a word one typo from it ("kafir"), which the unsafe-content
    /// detector reads on purpose (it undoes misspellings); such words are values, not random text.
    /// </summary>
    private static bool IsNoWordTheSafetyLexiconKnows(string word)
    {
        var view = BatchEngine.Detection.Safety.SafetyAnalyzer.Default.Scorer.View(word, 0, groupInContext: false);
        return view.Count == 0 || view[0].Classes == BatchEngine.Detection.Safety.Lexicon.WordClass.None;
    }

    public static char LuhnCheckDigit(string digitsWithoutCheck)
    {
        int sum = 0;
        bool doubleIt = true;
        for (int i = digitsWithoutCheck.Length - 1; i >= 0; i--)
        {
            int d = digitsWithoutCheck[i] - '0';
            if (doubleIt)
            {
                d = d * 2 > 9 ? (d * 2) - 9 : d * 2;
            }

            sum += d;
            doubleIt = !doubleIt;
        }

        return (char)('0' + ((10 - (sum % 10)) % 10));
    }

    /// <summary>Check digits computed the way ISO 13616 says: 98 minus mod-97 of the rearranged number with "00".</summary>
    private static string WithCheckDigits(string country, string bban)
    {
        string rearranged = bban + country + "00";
        int remainder = 0;
        foreach (char c in rearranged)
        {
            remainder = char.IsAsciiDigit(c) ? ((remainder * 10) + (c - '0')) % 97 : ((remainder * 100) + (c - 'A' + 10)) % 97;
        }

        return $"{country}{98 - remainder:00}{bban}";
    }

    private static string Group(string value, string separator, int[] sizes)
    {
        if (separator.Length == 0)
        {
            return value;
        }

        var text = new StringBuilder();
        int position = 0;
        foreach (int size in sizes.Concat(Enumerable.Repeat(4, 10)))
        {
            if (position >= value.Length)
            {
                break;
            }

            if (position > 0)
            {
                text.Append(separator);
            }

            int take = Math.Min(size, value.Length - position);
            text.Append(value, position, take);
            position += take;
        }

        return text.ToString();
    }
}
