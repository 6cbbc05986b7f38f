using BatchEngine.Classification;
using BatchEngine.Detection;
using BatchEngine.Reading;
using BatchEngine.Tests.Detection;

namespace BatchEngine.Tests.Classification;

/// <summary>
/// Record-level personal data: a person's name in the same record as contact data, an id or an account is Highly
/// Sensitive; apart, or in a paper's author block, it is not. Names arrive as <c>PII:PersonName</c> signals (the
/// shared signal contract); here they are written at the name's exact offset, beside the real detectors' signals.
/// </summary>
public sealed class PersonalRecordTests
{
    private static ClassificationResult Classify(string text, params string[] names)
    {
        ExtractedDocument document = DetectorHarness.Document(text);
        var signals = DetectorHarness.RunAll(document).ToList();
        foreach (string name in names)
        {
            int at = text.IndexOf(name, StringComparison.Ordinal);
            Assert.True(at >= 0, $"'{name}' is not in the text");
            signals.Add(new DetectionSignal { Detector = "pii", Type = "PII:PersonName", Page = 1, Confidence = 0.8, Start = at, Length = name.Length, Snippet = "[name]" });
        }

        return ClassifierHarness.ClassifySignals(signals, text: text);
    }

    [Fact]
    public void A_name_with_an_email_and_a_phone_in_one_form_block_is_highly_sensitive_and_named_as_such()
    {
        const string form = "Employment application\n\nName: Susan Simmons\nEmail: susan.simmons@mail.example\nPhone: (212) 555-0143\n\nPosition applied for: clerk";
        var result = Classify(form, "Susan Simmons");

        Assert.Equal(SensitivityCategory.HighlySensitive, result.FinalCategory);
        Assert.StartsWith("Highly Sensitive: a person's name with an e-mail address and a phone number on page 1", result.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("alone does not make it sensitive", result.Explanation);
        Assert.Contains(result.RawSignals, s => s.Type == "PII:PersonalRecord" && s.Detector == "policy");
        Assert.Equal("policy", result.Citations[0].Source);
        Assert.Equal(1, result.Citations[0].Page);
    }

    [Fact]
    public void A_name_in_another_block_than_the_contact_details_is_not_their_record()
    {
        const string text = "Speaker: Susan Simmons\n\nThe talk covers river levels.\n\nQuestions to the organisers: events.desk@river.example";
        var result = Classify(text, "Susan Simmons");
        Assert.Equal(SensitivityCategory.Public, result.FinalCategory);
    }

    [Fact]
    public void Each_table_row_is_its_own_record()
    {
        const string table = "| Name | Role | Phone |\n|---|---|---|\n| Ana Lima | Chair | (212) 555-0187 |\n| Ben Cho | Treasurer | - |";
        var withPhone = Classify(table, "Ana Lima");
        var withoutPhone = Classify(table, "Ben Cho");
        Assert.Equal(SensitivityCategory.HighlySensitive, withPhone.FinalCategory);
        Assert.NotEqual(SensitivityCategory.HighlySensitive, withoutPhone.FinalCategory);
    }

    [Fact]
    public void A_role_address_is_no_persons_contact()
    {
        const string text = "Report a vulnerability\n\nContact: Susan Simmons, security@river.example";
        Assert.Equal(SensitivityCategory.Public, Classify(text, "Susan Simmons").FinalCategory);
    }

    [Fact]
    public void A_template_slot_is_no_name()
    {
        const string text = "Name: [NAME]\nEmail: jane.roe@mail.example";
        Assert.NotEqual(SensitivityCategory.HighlySensitive, Classify(text, "[NAME]").FinalCategory);
    }

    [Fact]
    public void An_address_that_spells_the_name_written_beside_it_makes_a_record_without_a_name_signal()
    {
        const string memo = "On 19 April, Rossi wrote from mario.rossi@consult-italia.it that the fee must rise by 25%.";
        var result = Classify(memo);
        Assert.Equal(SensitivityCategory.HighlySensitive, result.FinalCategory);
        Assert.Contains("a person's name with an e-mail address", result.Explanation);
    }

    [Fact]
    public void The_addressee_under_a_shipping_label_is_a_person_and_an_organisation_is_not()
    {
        var buyer = Classify("Order 4471\nShipping Address\nPriya Raman\n14 Lake Road, Pune 411001\nPhone: 9876543210\n");
        var company = Classify("Order 4471\nBill To\nNorthwind Traders Ltd\n14 Lake Road, Pune 411001\nPhone: 9876543210\n");
        Assert.Equal(SensitivityCategory.HighlySensitive, buyer.FinalCategory);
        Assert.Contains("a person's name with a postal address and a phone number", buyer.Explanation);
        Assert.DoesNotContain("Priya", buyer.Explanation);
        Assert.DoesNotContain("Raman", buyer.Explanation);
        Assert.NotEqual(SensitivityCategory.HighlySensitive, company.FinalCategory);
    }

    [Fact]
    public void A_published_contact_point_is_not_a_private_record()
    {
        const string flyer = "Spring fair on 4 May. For more information please contact Vani Anantha, mail to: vani.anantha@mail.example";
        var result = Classify(flyer, "Vani Anantha");
        Assert.Equal(SensitivityCategory.Public, result.FinalCategory);
        Assert.Contains("a published contact point", result.Explanation);
    }

    [Fact]
    public void An_address_of_one_name_counts_beside_the_full_name_and_all_of_the_name_is_masked()
    {
        var result = Classify("Free Service Abonné\nalexis@via.example\nde Lattre Alexis\n35 rue du Logiciel Libre\n69100 Villeurbanne\n");
        var bare = Classify("Sent by alexis@via.example on Monday. Alexis is a fine name.");
        Assert.Equal(SensitivityCategory.HighlySensitive, result.FinalCategory);
        Assert.DoesNotContain("Lattre", result.Explanation);
        Assert.DoesNotContain("Alexis", result.Explanation);
        Assert.NotEqual(SensitivityCategory.HighlySensitive, bare.FinalCategory);
    }

    [Fact]
    public void The_pattern_of_a_staff_address_names_nobody()
    {
        var letterhead = Classify("Dilworth School\nEmail: lastname_firstname@school.example\nMr. Peter Fong, Principal\n");
        var person = Classify("Dilworth School\nEmail: peter_fong@school.example\nMr. Peter Fong, Principal\n");
        Assert.NotEqual(SensitivityCategory.HighlySensitive, letterhead.FinalCategory);
        Assert.Equal(SensitivityCategory.HighlySensitive, person.FinalCategory);
    }

    [Fact]
    public void A_recipient_address_alone_names_nobody()
    {
        Assert.Equal(SensitivityCategory.Public, Classify("To: leon.struck@mail.example\nSubject: Win big\n\nEarn money fast.").FinalCategory);
    }

    [Fact]
    public void A_papers_author_block_is_not_counted_and_the_explanation_says_why()
    {
        const string paper = "Ranking Rivers\nJane Rivera jane.rivera@uni.example\nUniversity of Somewhere\nAbstract\nWe rank rivers, doi:10.1234/rr.1\n";
        var result = Classify(paper, "Jane Rivera");
        Assert.Equal(SensitivityCategory.Public, result.FinalCategory);
        Assert.Contains("in a published paper's author block, which the policy does not count as personal data", result.Explanation);
        Assert.DoesNotContain("alone does not make it sensitive", result.Explanation);
    }

    [Fact]
    public void A_resumes_contact_line_is_its_owners_record_even_without_a_name_signal()
    {
        const string resume = "Alex Moreno\nDenver, CO | am2020@mail.example | (720) 555-0110\nSummary\nBackend engineer.\nExperience\nAcme Corp\nEducation\nB.S.\nSkills\nGo";
        ExtractedDocument document = DetectorHarness.Document(resume);
        var withoutNames = DetectorHarness.RunAll(document).Where(s => s.Type != "PII:PersonName").ToList();
        var result = ClassifierHarness.ClassifySignals(withoutNames, text: resume);
        Assert.Equal(SensitivityCategory.HighlySensitive, result.FinalCategory);
        Assert.Contains("the résumé's owner with an e-mail address and a phone number on page 1", result.Explanation);
    }

    [Fact]
    public void A_resumes_header_is_its_owners_record_even_when_no_finder_claims_its_number()
    {
        const string resume = "Mickey Mouse\nOak Park, CA 91377 | 123-456-7890\nPROFESSIONAL SUMMARY\nSeasoned leader.\nAREAS OF EXPERTISE\nCloud\nWORK EXPERIENCE\nStaff Engineer\n";
        var result = ClassifierHarness.Classify(resume);
        Assert.Equal(SensitivityCategory.HighlySensitive, result.FinalCategory);
        Assert.Contains("the résumé's owner with contact details in its header", result.Explanation);
        Assert.DoesNotContain("123-456", result.Explanation);
    }

    [Fact]
    public void Medical_and_pay_records_are_highly_sensitive()
    {
        var ecg = ClassifierHarness.Classify("ECG REPORT\nPatient: Ruth Adeyemi\nDate of Birth: 1961-02-14\nVentricular rate: 72 bpm\nQRS duration: 96 ms\nInterpretation: normal sinus rhythm");
        var staff = ClassifierHarness.Classify("Name,Department,Title,Salary\nAna Lima,Finance,Analyst,61000\nBen Cho,Sales,Manager,78000\nCara Diaz,IT,Engineer,83000");
        Assert.Equal(SensitivityCategory.HighlySensitive, ecg.FinalCategory);
        Assert.Contains("a filled medical record", ecg.Explanation);
        Assert.Equal(SensitivityCategory.HighlySensitive, staff.FinalCategory);
    }

    [Fact]
    public void One_bank_account_on_a_form_decides_nothing_but_a_list_of_accounts_is_financial_data()
    {
        var form = ClassifierHarness.Classify("Membership form. Dues to: Rowing Club, IBAN DE89 3704 0044 0532 0130 00. " + ClassifierHarness.PlainParagraph);
        var statement = ClassifierHarness.Classify(
            "Statement\n01-02 transfer GB82 WEST 1234 5698 7654 32 100.00\n02-02 transfer DE89 3704 0044 0532 0130 00 50.00\n03-02 transfer NL91 ABNA 0417 1643 00 20.00\n04-02 transfer BE68 5390 0754 7034 10.00\n05-02 transfer CH93 0076 2011 6238 5295 7 5.00");
        Assert.Equal(SensitivityCategory.Public, form.FinalCategory);
        Assert.Equal(SensitivityCategory.HighlySensitive, statement.FinalCategory);
        Assert.Contains("several account numbers", statement.Explanation);
    }
}
