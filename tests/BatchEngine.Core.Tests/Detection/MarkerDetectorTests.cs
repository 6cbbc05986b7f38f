using BatchEngine.Detection;

namespace BatchEngine.Tests.Detection;

public sealed class MarkerDetectorTests
{
    [Theory]
    [InlineData("CONFIDENTIAL", "CONFIDENTIAL", "Marker:Confidential")]
    [InlineData("This memo is for internal use only.", "for internal use only", "Marker:Confidential")]
    [InlineData("Please DO NOT DISTRIBUTE outside the team", "DO NOT DISTRIBUTE", "Marker:Confidential")]
    [InlineData("Attorney-Client Privileged communication", "Attorney-Client Privileged", "Marker:Confidential")]
    [InlineData("This recipe is a trade secret.", "trade secret", "Marker:Confidential")]
    [InlineData("Stamp: RESTRICTED", "RESTRICTED", "Marker:Confidential")]
    [InlineData("Not for public release until June", "Not for public release", "Marker:Confidential")]
    [InlineData("Company Confidential - draft", "Company Confidential", "Marker:Confidential")]
    [InlineData("This document contains Controlled Unclassified Information", "Controlled Unclassified Information", "Marker:ExportControl")]
    [InlineData("Classification: EAR99", "EAR99", "Marker:ExportControl")]
    [InlineData("WARNING: this technical data falls under ITAR export restrictions", "ITAR", "Marker:ExportControl")]
    [InlineData("Export-controlled technology", "Export-controlled", "Marker:ExportControl")]
    [InlineData("Approved for public release.", "Approved for public release", "Marker:PublicRelease")]
    [InlineData("Standard Operating Procedures for the lab", "Standard Operating Procedures", "DocKind:SOP")]
    [InlineData("Emergency Response Plan 2024", "Emergency Response Plan", "DocKind:EmergencyResponsePlan")]
    [InlineData("Operations Manual, rev 3", "Operations Manual", "DocKind:OperationsManual")]
    [InlineData("Training Materials for new hires", "Training Materials", "DocKind:TrainingMaterial")]
    [InlineData("Draft Proposal: new warehouse", "Draft Proposal", "DocKind:DraftProposal")]
    public void Finds_markers_as_whole_words_in_any_case(string text, string phrase, string type)
    {
        var hits = DetectorHarness.RunAll(text).Where(s => s.Detector == "markers").ToList();
        var hit = Assert.Single(hits, s => s.Type == type);
        Assert.Equal(phrase, DetectorHarness.Covered(text, hit));
        Assert.Contains(phrase, hit.Snippet);
    }

    [Theory]
    [InlineData("We discuss confidentiality and privacy.")]                 // part of a longer word
    [InlineData("Results are restricted to small inputs.")]                 // everyday "restricted"
    [InlineData("The ear canal and the inner ear.")]                        // "ear" is not the EAR
    [InlineData("Proprietary compilers were compared.")]                    // everyday "proprietary"
    [InlineData("The trademark was registered.")]
    [InlineData("A standard operating temperature of 20 C.")]
    [InlineData("Intel SGX enables confidential computing for cloud workloads.")]
    [InlineData("ITAR is a US regulation discussed in many law reviews.")]  // bare ITAR without export context
    public void Ignores_everyday_words_and_look_alikes(string text)
    {
        Assert.DoesNotContain(DetectorHarness.RunAll(text), s => s.Detector == "markers" && s.Type != "Marker:PublicRelease");
    }

    [Fact]
    public void Document_kind_in_the_heading_is_surer_than_in_the_body()
    {
        string body = new string('x', 10) + " " + string.Concat(Enumerable.Repeat("Plain words follow here. ", 40));
        var heading = DetectorHarness.RunAll("Standard Operating Procedure\n" + body).Single(s => s.Type == "DocKind:SOP");
        var mention = DetectorHarness.RunAll(body + " see the standard operating procedure.").Single(s => s.Type == "DocKind:SOP");
        Assert.True(heading.Confidence > mention.Confidence);
    }

    [Fact]
    public void Extra_phrase_sets_from_options_are_used()
    {
        var options = new DetectionOptions
        {
            MarkerPhrases = [new DetectionPhraseSet { Type = "Marker:Confidential", Phrases = ["vertraulich"], Confidence = 0.9 }],
        };
        var signals = DetectorHarness.RunAll(DetectorHarness.Document("Dieses Dokument ist vertraulich."), options);
        Assert.Contains(signals, s => s.Type == "Marker:Confidential");
    }

    [Fact]
    public void Built_in_phrases_can_be_turned_off()
    {
        var options = new DetectionOptions { UseBuiltInPhrases = false };
        Assert.Empty(DetectorHarness.RunAll(DetectorHarness.Document("CONFIDENTIAL - internal use only"), options));
    }
}
