using BatchEngine.Classification;
using BatchEngine.Reading;

namespace BatchEngine.Tests.Classification;

public sealed class PolicyClassifierTests
{
    [Fact]
    public void Ssn_makes_a_document_highly_sensitive_with_evidence()
    {
        var result = ClassifierHarness.Classify(ClassifierHarness.PlainParagraph + " Employee SSN: 536-22-8745.");

        Assert.Equal("doc-1", result.DocId);
        Assert.Equal(SensitivityCategory.HighlySensitive, result.FinalCategory);
        Assert.Contains("PII", result.SecondaryTags);
        Assert.Contains("PII:SSN", result.SecondaryTags);
        Assert.InRange(result.Confidence, 0.9, 1.0);
        var citation = result.Citations[0];
        Assert.Equal(1, citation.Page);
        Assert.Equal("ssn", citation.Source);
        Assert.Contains("***-**-8745", citation.Snippet);
        Assert.StartsWith("Highly Sensitive: a US Social Security number on page 1", result.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("536-22", result.Explanation);
        Assert.False(result.ContentSafety.IsUnsafe);
        Assert.Contains(result.RawSignals, s => s.Type == "PII:SSN");
        Assert.False(result.RequiresReview);
    }

    [Fact]
    public void Confidentiality_marker_makes_a_document_confidential()
    {
        var result = ClassifierHarness.Classify("INTERNAL USE ONLY\n" + ClassifierHarness.PlainParagraph);
        Assert.Equal(SensitivityCategory.Confidential, result.FinalCategory);
        Assert.Contains("Internal", result.SecondaryTags);
        Assert.Contains("confidentiality marking", result.Explanation);
    }

    [Fact]
    public void Plain_text_is_public_and_says_so()
    {
        var result = ClassifierHarness.Classify(ClassifierHarness.PlainParagraph);
        Assert.Equal(SensitivityCategory.Public, result.FinalCategory);
        Assert.Empty(result.SecondaryTags);
        Assert.Empty(result.Citations);
        Assert.Equal(0.95, result.Confidence);
        Assert.Equal("Public: no sensitive content was found in 1 page(s) of text.", result.Explanation);
        Assert.False(result.RequiresReview);
    }

    [Fact]
    public void Unsafe_content_wins_and_is_flagged_for_review_with_the_ladder_named()
    {
        var result = ClassifierHarness.Classify("SSN 536-22-8745. I know where you live and I will kill you.");
        Assert.Equal(SensitivityCategory.Unsafe, result.FinalCategory);
        Assert.True(result.ContentSafety.IsUnsafe);
        Assert.Equal(["threat"], result.ContentSafety.Categories);
        Assert.Contains("Safety-Risk", result.SecondaryTags);
        Assert.True(result.RequiresReview);
        Assert.Equal("unsafe-content", result.Citations[0].Source);
        Assert.Contains("Without the safety flag it would be Highly Sensitive", result.Explanation);
    }

    [Fact]
    public void Document_without_text_is_flagged_for_review_not_silently_public()
    {
        var document = new ExtractedDocument
        {
            Pages = [new PageText(1, "  \n "), new PageText(2, "")],
            PageCount = 2,
            ImageCount = 2,
            MediaType = "application/pdf",
        };
        var result = ClassifierHarness.Classify(document);
        Assert.True(result.RequiresReview);
        Assert.Equal(SensitivityCategory.Confidential, result.FinalCategory);
        Assert.Equal(0, result.Confidence);
        Assert.Contains("No-Text", result.SecondaryTags);
        Assert.StartsWith("No extractable text was found in the document's 2 page(s) (2 image(s))", result.Explanation, StringComparison.Ordinal);
        Assert.Equal(2, result.PageCount);
        Assert.Equal(2, result.ImageCount);
    }

    [Fact]
    public void A_lone_email_is_tagged_but_decides_nothing()
    {
        var result = ClassifierHarness.Classify(ClassifierHarness.PlainParagraph + " Correspondence: alice@example.org");
        Assert.Equal(SensitivityCategory.Public, result.FinalCategory);
        Assert.Contains("PII:Email", result.SecondaryTags);
        Assert.Contains("an email address, which alone does not make it sensitive", result.Explanation);
    }

    [Fact]
    public void Several_contact_details_of_one_person_are_highly_sensitive()
    {
        var result = ClassifierHarness.Classify(
            "Tenant: Jane Roe, email jane.roe@example.com, phone (212) 555-0123, home 742 Evergreen Terrace, Springfield, OR 97403.");
        Assert.Equal(SensitivityCategory.HighlySensitive, result.FinalCategory);
        Assert.Contains("PII:PersonalRecord", result.SecondaryTags);
        Assert.StartsWith("Highly Sensitive: a person's name with an e-mail address, a phone number and a postal address on page 1", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Public_release_statement_against_a_confidential_marker_is_a_conflict()
    {
        var result = ClassifierHarness.Classify("CONFIDENTIAL. Approved for public release. " + ClassifierHarness.PlainParagraph);
        Assert.Equal(SensitivityCategory.Confidential, result.FinalCategory);
        Assert.True(result.RequiresReview);
        Assert.Contains("Conflicting evidence: a public-release statement", result.Explanation);
    }

    [Fact]
    public void Export_control_marking_and_secrets_are_highly_sensitive()
    {
        var export = ClassifierHarness.Classify("This document contains Controlled Unclassified Information (CUI).");
        Assert.Equal(SensitivityCategory.HighlySensitive, export.FinalCategory);
        Assert.Contains("Export-Controlled", export.SecondaryTags);

        var secret = ClassifierHarness.Classify("aws_access_key_id = AKIAIOSFODNN7EXAMPLE");
        Assert.Equal(SensitivityCategory.HighlySensitive, secret.FinalCategory);
        Assert.Contains("Secret", secret.SecondaryTags);
        Assert.DoesNotContain("AKIAIOSF", secret.Explanation);
    }

    [Fact]
    public void Confidence_under_the_threshold_asks_for_review()
    {
        var result = ClassifierHarness.Classify("The number 536-22-8745 appears.", new ClassificationOptions { ReviewThreshold = 0.9 });
        Assert.Equal(SensitivityCategory.HighlySensitive, result.FinalCategory);
        Assert.True(result.Confidence < 0.9);
        Assert.True(result.RequiresReview);
        Assert.Contains("under the review threshold 0.90", result.Explanation);
    }

    [Fact]
    public void Weak_hint_lowers_public_confidence_and_is_explained()
    {
        string text = ClassifierHarness.PlainParagraph + " The board then discussed confidential matters in a closed session.";
        var result = ClassifierHarness.Classify(text);
        Assert.Equal(SensitivityCategory.Public, result.FinalCategory);
        Assert.True(result.Confidence < 0.95);
        Assert.Contains("A weak hint stayed under the evidence threshold: a confidentiality marking", result.Explanation);
    }

    [Fact]
    public void Truncated_reading_asks_for_review()
    {
        var document = DetectionDocument(ClassifierHarness.PlainParagraph) with { Truncated = true };
        var result = ClassifierHarness.Classify(document);
        Assert.True(result.RequiresReview);
        Assert.Contains("Only part of the document was read", result.Explanation);
    }

    [Fact]
    public void More_evidence_means_more_confidence()
    {
        var one = ClassifierHarness.Classify(ClassifierHarness.PlainParagraph + " This memo is confidential.");
        var two = ClassifierHarness.Classify(ClassifierHarness.PlainParagraph + " This memo is confidential. Do not distribute.");
        Assert.Equal(SensitivityCategory.Confidential, two.FinalCategory);
        Assert.True(two.Confidence > one.Confidence);
    }

    private static ExtractedDocument DetectionDocument(string text) => Detection.DetectorHarness.Document(text);
}
