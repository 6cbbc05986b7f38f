using BatchEngine.Detection.Pii;
using BatchEngine.Detection.Pii.Names;
using FsCheck.Xunit;

namespace BatchEngine.Tests.Detection;

[Properties(Arbitrary = [typeof(DetectionGenerators)], MaxTest = 300)]
public sealed class DetectorPropertyTests
{
    [Property]
    public void Every_valid_card_is_found_whole(ValidCard card)
    {
        string text = $"payment by card {card.Printed} was declined";
        var hit = Assert.Single(DetectorHarness.Hits(text, PaymentCardFinder.Type));
        Assert.Equal(card.Printed, DetectorHarness.Covered(text, hit));
    }

    [Property]
    public void Every_valid_iban_is_found_whole(ValidIban iban)
    {
        string text = $"please transfer to iban {iban.Printed} today";
        var hit = Assert.Single(DetectorHarness.Hits(text, IbanFinder.Type));
        Assert.Equal(iban.Printed, DetectorHarness.Covered(text, hit));
    }

    [Property]
    public void Every_valid_ssn_is_found_whole(ValidSsn ssn)
    {
        string text = $"her ssn is {ssn.Printed} on file";
        var hit = Assert.Single(DetectorHarness.Hits(text, SsnFinder.Type));
        Assert.Equal(ssn.Printed, DetectorHarness.Covered(text, hit));
    }

    [Property]
    public void Random_text_without_values_raises_nothing(NonMatchingText text)
    {
        Assert.Empty(DetectorHarness.RunAll(text.Text));
    }

    [Property]
    public void Card_snippets_reveal_at_most_the_last_four_digits(ValidCard card)
    {
        string text = $"payment by card {card.Printed} was declined";
        foreach (var signal in DetectorHarness.RunAll(text))
        {
            Assert.Equal(card.Digits[^4..], Significant(signal.Snippet));
        }
    }

    [Property]
    public void Iban_snippets_reveal_at_most_the_last_four_characters(ValidIban iban)
    {
        string text = $"please transfer to iban {iban.Printed} today";
        foreach (var signal in DetectorHarness.RunAll(text))
        {
            Assert.Equal(iban.Compact[^4..], Significant(signal.Snippet));
        }
    }

    [Property]
    public void Every_value_in_a_snippet_window_is_masked(ValidCard card, ValidSsn ssn)
    {
        // The card's snippet also shows the SSN, and the other way round: each shows only last fours.
        string text = $"card {card.Printed} and ssn {ssn.Printed} end";
        string expected = card.Digits[^4..] + ssn.Printed[^4..];
        var signals = DetectorHarness.RunAll(text);
        Assert.Contains(signals, s => s.Type == PaymentCardFinder.Type);
        Assert.Contains(signals, s => s.Type == SsnFinder.Type);
        foreach (var signal in signals)
        {
            Assert.Equal(expected, Significant(signal.Snippet));
        }
    }

    [Property]
    public void Detectors_never_throw_on_arbitrary_text(FsCheck.NonNull<string> text)
    {
        var signals = DetectorHarness.RunAll(text.Get);
        Assert.All(signals, s => Assert.InRange(s.Start + s.Length, 0, text.Get.Length));
    }

    [Property]
    public void Name_snippets_never_show_the_name(PersonNameSample name)
    {
        // Every signal near the name (the name's own and the phone's) masks it to initials.
        string text = $"Applicant Name: {name.First} {name.Last}\nPhone: 020 7946 0958";
        var signals = DetectorHarness.RunAll(text);
        Assert.Contains(signals, s => s.Type == PersonNameFinder.Type);
        foreach (var signal in signals)
        {
            Assert.DoesNotContain(name.First, signal.Snippet, StringComparison.Ordinal);
            Assert.DoesNotContain(name.Last, signal.Snippet, StringComparison.Ordinal);
        }
    }

    /// <summary>The digits and capitals of a snippet (the surrounding words are lower case, so these come from values).</summary>
    private static string Significant(string snippet) => new(snippet.Where(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c)).ToArray());
}
