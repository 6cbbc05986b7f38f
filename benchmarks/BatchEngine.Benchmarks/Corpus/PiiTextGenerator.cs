using System.Globalization;
using System.Text;
using BatchEngine.Reading;

namespace BatchEngine.Benchmarks.Corpus;

/// <summary>
/// Plain English-like text dense in what the detectors look for: valid SSNs, Luhn-valid card numbers,
/// emails, phone numbers, mod-97-valid IBANs, cloud access keys, private-key blocks, confidentiality
/// markers and a few unsafe-content phrases. Seeded, so every run scans the same characters.
/// </summary>
internal sealed class PiiTextGenerator
{
    private static readonly string[] Words =
    [
        "the", "quarterly", "report", "shows", "that", "our", "customer", "account", "balance", "was", "updated",
        "after", "review", "by", "finance", "team", "and", "the", "board", "approved", "new", "budget", "for",
        "next", "year", "please", "contact", "office", "with", "questions", "about", "this", "invoice", "payment",
        "schedule", "project", "timeline", "meeting", "notes", "employee", "record", "policy", "section", "data",
        "storage", "vendor", "agreement", "signed", "on", "behalf", "of", "company", "in", "accordance", "terms",
    ];

    private static readonly string[] Names = ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi"];
    private static readonly string[] Domains = ["example.com", "contoso.org", "mail.test", "corp.example.net"];

    private static readonly string[] Markers =
    [
        "INTERNAL USE ONLY", "Confidential", "Do not distribute", "Proprietary and confidential", "covered by the NDA",
    ];

    private static readonly string[] UnsafePhrases =
    [
        "threatened to kill the witness", "instructions to build a pipe bomb", "bought an unregistered firearm",
    ];

    private readonly Random _random = new(20261129);
    private readonly StringBuilder _text = new();

    /// <summary>Documents of <paramref name="pagesPerDocument"/> pages of exactly <paramref name="pageChars"/> characters, <paramref name="totalChars"/> in all.</summary>
    public static IReadOnlyList<ExtractedDocument> Create(int totalChars, int pageChars = 3_000, int pagesPerDocument = 10)
    {
        var generator = new PiiTextGenerator();
        var pages = Enumerable.Range(1, totalChars / pageChars).Select(_ => generator.NextPage(pageChars)).ToList();
        return pages
            .Chunk(pagesPerDocument)
            .Select(chunk => new ExtractedDocument
            {
                Pages = chunk.Select((text, i) => new PageText(i + 1, text)).ToList(),
                PageCount = chunk.Length,
                MediaType = "text/plain",
            })
            .ToList();
    }

    private string NextPage(int chars)
    {
        _text.Clear();
        while (_text.Length < chars)
        {
            AppendSentence();
        }

        return _text.ToString(0, chars);
    }

    private void AppendSentence()
    {
        var words = _random.Next(8, 17);
        var sensitiveAt = _random.NextDouble() < 0.35 ? _random.Next(words) : -1;
        for (var i = 0; i < words; i++)
        {
            _text.Append(i == 0 ? char.ToUpperInvariant(Words[_random.Next(Words.Length)][0]) + Words[_random.Next(Words.Length)][1..] : Words[_random.Next(Words.Length)]);
            if (i == sensitiveAt)
            {
                _text.Append(' ').Append(NextSensitive());
            }

            _text.Append(i == words - 1 ? ". " : " ");
        }

        if (_random.Next(6) == 0)
        {
            _text.Append('\n');
        }
    }

    private string NextSensitive() => _random.Next(10) switch
    {
        0 => $"SSN: {Ssn()}",
        1 => $"card number {CardNumber()}",
        2 => $"email {Names[_random.Next(Names.Length)]}.{Names[_random.Next(Names.Length)]}@{Domains[_random.Next(Domains.Length)]}",
        3 => $"call ({_random.Next(201, 990)}) {_random.Next(200, 1000)}-{_random.Next(0, 10000):D4}",
        4 => $"IBAN {Iban()}",
        5 => $"access key AKIA{Alphanumeric(16)}",
        6 when _random.Next(4) == 0 => $"-----BEGIN RSA PRIVATE KEY-----\n{Alphanumeric(64)}\n-----END RSA PRIVATE KEY-----",
        7 or 8 => Markers[_random.Next(Markers.Length)],
        9 when _random.Next(3) == 0 => UnsafePhrases[_random.Next(UnsafePhrases.Length)],
        _ => $"Social Security Number {Ssn()}",
    };

    private string Ssn()
    {
        int area;
        do
        {
            area = _random.Next(1, 900);
        }
        while (area == 666);
        return string.Create(CultureInfo.InvariantCulture, $"{area:D3}-{_random.Next(1, 100):D2}-{_random.Next(1, 10000):D4}");
    }

    private string CardNumber()
    {
        var digits = new int[16];
        digits[0] = 4;
        for (var i = 1; i < 15; i++)
        {
            digits[i] = _random.Next(10);
        }

        digits[15] = LuhnCheckDigit(digits.AsSpan(0, 15));
        var text = string.Concat(digits);
        return $"{text[..4]} {text[4..8]} {text[8..12]} {text[12..]}";
    }

    private static int LuhnCheckDigit(ReadOnlySpan<int> payload)
    {
        var sum = 0;
        for (var i = 0; i < payload.Length; i++)
        {
            // Doubling starts at the digit next to the (future) check digit.
            var digit = payload[payload.Length - 1 - i];
            if (i % 2 == 0)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return (10 - (sum % 10)) % 10;
    }

    private string Iban()
    {
        var bban = string.Concat(Enumerable.Range(0, 18).Select(_ => _random.Next(10)));
        // ISO 13616: move "DE00" to the end, letters to numbers (D=13, E=14), check = 98 - (n mod 97).
        var remainder = 0;
        foreach (var c in bban + "131400")
        {
            remainder = ((remainder * 10) + (c - '0')) % 97;
        }

        return string.Create(CultureInfo.InvariantCulture, $"DE{98 - remainder:D2}{bban}");
    }

    private string Alphanumeric(int length)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        return string.Create(length, _random, static (span, random) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = Alphabet[random.Next(Alphabet.Length)];
            }
        });
    }
}
