using BatchEngine.Classification;

namespace BatchEngine.Tests.Classification;

/// <summary>The reference's policy over document kinds: internal kinds are Confidential, published ones Public, and they compete.</summary>
public sealed class DocumentKindPolicyTests
{
    [Fact]
    public void An_internal_email_between_colleagues_is_confidential_and_the_explanation_names_it()
    {
        var result = ClassifierHarness.Classify("From: Priya Shah <priya.shah@northwind.example>\nTo: Tom Berg <tom.berg@northwind.example>\nSubject: Revised term sheet for Contoso\nDate: Mon, 3 Mar 2025\n\nTom, Contoso accepted the 18-month term at a 4% discount.");
        Assert.Equal(SensitivityCategory.Confidential, result.FinalCategory);
        Assert.StartsWith("Confidential: internal e-mail correspondence", result.Explanation, StringComparison.Ordinal);
        Assert.Contains("on page 1", result.Explanation);
        Assert.Contains("Revised term sheet", result.Explanation);
    }

    [Fact]
    public void A_newsletter_is_public()
    {
        var result = ClassifierHarness.Classify("From: Northwind News <noreply@news.northwind.example>\nTo: reader@example.org\nSubject: Spring sale\nDate: Mon, 3 Mar 2025\n\nView this email in your browser. Unsubscribe at any time.");
        Assert.Equal(SensitivityCategory.Public, result.FinalCategory);
        Assert.Contains("bulk or mailing-list mail", result.Explanation);
    }

    [Fact]
    public void A_minutes_template_is_a_template_and_says_what_it_outweighed()
    {
        const string template = "Minutes of Meeting of the Board of Directors\n\nTEMPLATE\n\nDate: [DATE]\nChair: [NAME]\n\nPresent:\n- [NAME]\n\nAgenda:\n1. [Business Item 1]\n\nMoved by: [NAME]\nSeconded by: [NAME]";
        var result = ClassifierHarness.Classify(template);
        Assert.Equal(SensitivityCategory.Public, result.FinalCategory);
        Assert.StartsWith("Public: a template or blank form", result.Explanation, StringComparison.Ordinal);
        Assert.Contains("It also reads as meeting minutes", result.Explanation);
    }

    [Fact]
    public void A_surer_internal_kind_beats_a_public_notice_and_the_conflict_asks_for_review()
    {
        const string memo = "MEMORANDUM\nTO: Executive team\nFROM: General Counsel\nDATE: 2 May 2025\nSUBJECT: Municipal contract bids\n\nThe city council and the mayor's office of three counties (county of Kent) take bids from residents' groups; government tenders follow.";
        var result = ClassifierHarness.Classify(memo);
        Assert.Equal(SensitivityCategory.Confidential, result.FinalCategory);
        Assert.True(result.RequiresReview);
        Assert.Contains("Conflicting evidence", result.Explanation);
    }

    [Fact]
    public void Sops_manuals_and_training_material_are_no_longer_confidential_by_themselves()
    {
        foreach (string title in (string[])["Standard Operating Procedure SOP-114\nReceiving samples", "Operations Manual\nSection 2", "Training Materials - Support Level 2\nModule 4"])
        {
            var result = ClassifierHarness.Classify(title + "\n" + ClassifierHarness.PlainParagraph);
            Assert.Equal(SensitivityCategory.Public, result.FinalCategory);
            Assert.Contains("which alone does not make it sensitive", result.Explanation);
        }
    }

    [Fact]
    public void A_published_standard_that_mentions_confidential_messages_is_not_marked_by_it()
    {
        const string rfc = "Network Working Group\nRequest for Comments: 9999\nCategory: Standards Track\n\nStatus of This Memo\n\nThis document specifies an Internet standards track protocol for the Internet Engineering Task Force.\n\nThis standard defines confidential messages and how an endpoint protects a confidential payload in transit.";
        var result = ClassifierHarness.Classify(rfc);
        Assert.Equal(SensitivityCategory.Public, result.FinalCategory);
        Assert.Contains("a published standard or RFC", result.Explanation);
    }

    [Fact]
    public void A_confidentiality_footer_still_marks_the_document()
    {
        var result = ClassifierHarness.Classify("Product strategy\n\nThree releases are planned this year.\n\nCONFIDENTIAL - Internal Use Only");
        Assert.Equal(SensitivityCategory.Confidential, result.FinalCategory);
        Assert.Contains("confidentiality marking", result.Explanation);
    }

    [Fact]
    public void Credentials_by_shape_are_highly_sensitive_and_a_placeholder_only_config_is_public()
    {
        string password = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12));
        var ini = ClassifierHarness.Classify("[database]\nhost = db01\nuser = app\npassword = " + password + "\n");
        var template = ClassifierHarness.Classify("# Copy to .env\nDB_HOST=localhost\nDB_PASSWORD=your_database_password\nSTRIPE_SECRET_KEY=sk_test_your_stripe_secret_key_here\nAPI_KEY=\"\"\n");
        Assert.Equal(SensitivityCategory.HighlySensitive, ini.FinalCategory);
        Assert.Contains("a password or secret under a configuration key", ini.Explanation);
        Assert.DoesNotContain(password, ini.Explanation);
        Assert.Equal(SensitivityCategory.Public, template.FinalCategory);
    }

    [Fact]
    public void Confidence_stays_in_the_unit_interval_and_citations_name_page_and_detector()
    {
        var result = ClassifierHarness.Classify("Minutes of the Finance Committee\n\nPresent: A. Okafor, L. Brandt\nAgenda: budget\n\nCONFIDENTIAL");
        Assert.InRange(result.Confidence, 0, 1);
        Assert.All(result.Citations, c => Assert.True(c.Page == 1 && c.Source.Length > 0));
        Assert.Contains(result.Citations, c => c.Source == "document-kinds");
    }
}
