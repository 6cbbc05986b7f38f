using BatchEngine.Detection.Kinds;

namespace BatchEngine.Tests.Detection.Kinds;

/// <summary>Document kinds read from structure, on short documents written for these tests.</summary>
public sealed class DocumentKindTests
{
    private static List<string> Kinds(string text) =>
        DetectorHarness.RunAll(text).Where(s => s.Type.StartsWith("DocKind:", StringComparison.Ordinal)).Select(s => s.Type).ToList();

    [Fact]
    public void A_memo_header_block_is_a_memo()
    {
        const string text = "MEMORANDUM\n\nTO: Regional managers\nFROM: Dana Whitfield, COO\nDATE: 3 March 2025\nSUBJECT: Closing the Leeds depot\n\nThe depot closes in June.";
        Assert.Contains(DocumentKinds.Memo, Kinds(text));
    }

    [Fact]
    public void A_memo_word_in_prose_is_no_memo()
    {
        Assert.DoesNotContain(DocumentKinds.Memo, Kinds("Status of This Memo\n\nThis memo provides information for the Internet community. Distribution of this memo is unlimited."));
    }

    [Fact]
    public void Mail_between_colleagues_is_internal_email_and_newsletters_are_bulk_mail()
    {
        const string internalMail = "From: Priya Shah <priya.shah@northwind.example>\nTo: Tom Berg <tom.berg@northwind.example>\nSubject: Revised term sheet for Contoso\nDate: Mon, 3 Mar 2025 09:12:00 +0000\n\nTom, Contoso accepted the 18-month term at 4% discount.";
        const string newsletter = "From: Northwind News <noreply@news.northwind.example>\nTo: reader@example.org\nSubject: Our spring collection is here\nDate: Mon, 3 Mar 2025\nList-Unsubscribe: <https://news.northwind.example/u>\n\nView this email in your browser. Unsubscribe at any time.";

        var mail = DetectorHarness.RunAll(internalMail).Single(s => s.Type == DocumentKinds.InternalEmail);
        Assert.Equal(0.9, mail.Confidence);
        Assert.Contains(DocumentKinds.BulkMail, Kinds(newsletter));
        Assert.DoesNotContain(DocumentKinds.InternalEmail, Kinds(newsletter));
    }

    [Fact]
    public void Minutes_are_found_by_title_or_by_structure()
    {
        const string titled = "Minutes of the Finance Committee, 4 April 2025\n\nPresent: A. Okafor (chair), L. Brandt, S. Ito\nApologies: R. Diaz\n\nThe committee approved the budget.";
        const string untitled = "Quarterly get-together\n\nAttendees:\n- Lena\n- Omar\n\nAgenda:\n1. Budget\n\nAction items:\n- Omar to send the forecast\n\nNext meeting: 4 July";
        Assert.Contains(DocumentKinds.Minutes, Kinds(titled));
        Assert.Contains(DocumentKinds.Minutes, Kinds(untitled));
        Assert.DoesNotContain(DocumentKinds.Minutes, Kinds("Bake for 20 minutes at 180 C, then rest for five minutes."));
    }

    [Fact]
    public void User_test_notes_are_interview_notes()
    {
        const string text = "Usability test - checkout flow, session 3\n\nParticipant: P3 (returning customer)\nTasks: find the returns page\nObservations: hesitated on the delivery step\nQuotes: \"Where is my basket?\"";
        Assert.Contains(DocumentKinds.InterviewNotes, Kinds(text));
    }

    [Theory]
    [InlineData("# Sprint 14 plan\n\nStories for the release.", DocumentKinds.Plan)]
    [InlineData("Project Atlas: 2026 Roadmap\n\nQ1 beta, Q2 launch.", DocumentKinds.Plan)]
    [InlineData("Weekly status report - payments team\n\nGreen: API. Amber: reporting.", DocumentKinds.StatusReport)]
    [InlineData("Proposal: a shared analytics platform\n\nWe ask for two engineers.", DocumentKinds.Proposal)]
    [InlineData("Expense Policy\n\nAll employees must file receipts within 30 days.", DocumentKinds.InternalPolicy)]
    [InlineData("Launch announcement\n\nDRAFT v0.3\n\nWe are pleased to announce...", DocumentKinds.Draft)]
    [InlineData("MUTUAL NON-DISCLOSURE AGREEMENT\n\nBetween Northwind Ltd and Contoso plc.", DocumentKinds.Agreement)]
    public void Titles_name_internal_kinds(string text, string kind)
    {
        Assert.Contains(kind, Kinds(text));
    }

    [Theory]
    [InlineData("Our privacy policy explains how we use cookies on this site for all visitors.")]
    [InlineData("The committee discussed whether the roadmap for the national rail network was realistic, and what a proposal might cost.")]
    [InlineData("Internet-Draft                                   draft-ietf-example-01")]
    public void Words_in_prose_or_published_titles_name_no_internal_kind(string text)
    {
        Assert.DoesNotContain(Kinds(text), k => k is DocumentKinds.InternalPolicy or DocumentKinds.Plan or DocumentKinds.Proposal or DocumentKinds.Draft);
    }

    [Fact]
    public void An_author_and_department_header_is_an_internal_document()
    {
        Assert.Contains(DocumentKinds.AuthoredRecord, Kinds("# Vendor review\n**Date:** 2025-01-10\n**Author:** Sam Reed, Procurement Lead\n**Department:** Procurement\n\nThree vendors were compared."));
    }

    [Fact]
    public void A_resume_is_found_by_its_sections_and_contact_line()
    {
        const string text = "Alex Moreno\nDenver, CO | alex.moreno@mail.example | 720-555-0110\nSummary\nBackend engineer.\nExperience\nAcme Corp, 2020 - now\nEducation\nB.S. Computer Science\nSkills\nGo, SQL";
        Assert.Contains(DocumentKinds.Resume, Kinds(text));
    }

    [Fact]
    public void A_filled_medical_record_is_found_and_a_blank_one_is_not()
    {
        const string filled = "ECG REPORT\nPatient: Ruth Adeyemi\nDate of Birth: 1961-02-14\nVentricular rate: 72 bpm\nQRS duration: 96 ms\nInterpretation: normal sinus rhythm";
        const string blank = "Discharge Summary\nPatient: [AGE/SEX]\nAttending: [NAME]\nAdmission Date: [DATE]\nDischarge Date: [DATE]\nDiagnosis: [Diagnosis (ICD-10)]";
        Assert.Contains(DocumentKinds.MedicalRecord, Kinds(filled));
        Assert.DoesNotContain(DocumentKinds.MedicalRecord, Kinds(blank));
        Assert.Contains(DocumentKinds.Template, Kinds(blank));
    }

    [Fact]
    public void Payslips_and_staff_lists_with_salaries_are_pay_records()
    {
        const string payslip = "PAYSLIP - March 2025\nEmployee: Jordan Price\nPay period: 01/03/2025 - 31/03/2025\nGross pay: 3,450.00\nDeductions: 812.40\nNet pay: 2,637.60";
        const string staff = "Name,Department,Title,Salary\nAna Lima,Finance,Analyst,61000\nBen Cho,Sales,Manager,78000\nCara Diaz,IT,Engineer,83000";
        const string personnel = "EmployeeName,EmployeeID,Department,Manager\nAna Lima,E1001,Finance,B. Cho\nBen Cho,E1002,Sales,C. Diaz\n";
        Assert.Contains(DocumentKinds.PayRecord, Kinds(payslip));
        Assert.Contains(DocumentKinds.PayRecord, Kinds(staff));
        Assert.Contains(DocumentKinds.PersonnelList, Kinds(personnel));
        Assert.DoesNotContain(DocumentKinds.PayRecord, Kinds(personnel));
    }

    [Theory]
    [InlineData("| Last_Name | Cost centre of the department | Base Salary |\n|---|---|---|\n| Lima | Finance | 61000 |\n| Cho | Sales | 78000 |", DocumentKinds.PayRecord)]
    [InlineData("Employee Name;Team;Annual Salary\nAna Lima;Finance;61000\nBen Cho;Sales;78000", DocumentKinds.PayRecord)]
    [InlineData("Staff\tEmployee ID\tReports To\nAna Lima\tE1001\tB. Cho\nBen Cho\tE1002\tC. Diaz", DocumentKinds.PersonnelList)]
    public void Staff_tables_are_found_whatever_their_separator_and_column_spelling(string text, string kind)
    {
        Assert.Contains(kind, Kinds(text));
    }

    [Fact]
    public void Prose_with_commas_is_no_staff_table()
    {
        const string prose = "Our name, our people and our salary bands were discussed, agreed, and minuted.\nThe staff, the managers, and the board met twice, in March and in May.\nNames, roles, pay: all unchanged, for now.";
        Assert.DoesNotContain(DocumentKinds.PayRecord, Kinds(prose));
        Assert.DoesNotContain(DocumentKinds.PersonnelList, Kinds(prose));
    }

    [Theory]
    [InlineData("Dear [Recipient Name],\n\nWe offer you the role of [Position] at [Salary] per year.")]
    [InlineData("Hello {{ first_name }}, your order {{ order_id }} ships on {{ ship_date }}.")]
    [InlineData("# Offer letter template\n\nHi <Candidate>, welcome aboard.")]
    [InlineData("Name: ____________\nAddress: ____________\nSignature: ____________")]
    [InlineData("Set the host to your-server-name, the user to your-user-id and the key to YOUR-API-KEY.")]
    public void Templates_and_blank_forms_are_templates(string text)
    {
        Assert.Contains(DocumentKinds.Template, Kinds(text));
    }

    [Fact]
    public void Links_citations_and_checkboxes_are_no_template_slots()
    {
        Assert.DoesNotContain(DocumentKinds.Template, Kinds("See [the guide](https://example.org) and [12]. Tasks: [x] done, [ ] open."));
    }

    [Fact]
    public void Papers_standards_licences_and_readmes_are_published_works()
    {
        const string paper = "Learning to Rank Rivers\nA. Rivera, University of Somewhere\nAbstract\nWe rank rivers. Published in Proceedings of the River Conference, doi:10.1234/rr.2024.1";
        const string rfc = "Network Working Group\nRequest for Comments: 9999\nCategory: Standards Track\n\nStatus of This Memo\n\nThis document specifies an Internet standards track protocol for the Internet Engineering Task Force.";
        const string licence = "Permission is hereby granted, free of charge, to any person obtaining a copy of this software. THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY.";
        const string readme = "# rivertools\n\n## Installation\n\n```\nnpm install rivertools\n```\n\n## Usage\n\nCall rank().";
        Assert.Contains(DocumentKinds.Paper, Kinds(paper));
        Assert.Contains(DocumentKinds.Standard, Kinds(rfc));
        Assert.DoesNotContain(DocumentKinds.Memo, Kinds(rfc));
        Assert.Contains(DocumentKinds.Licence, Kinds(licence));
        Assert.Contains(DocumentKinds.ProjectReadme, Kinds(readme));
    }

    [Fact]
    public void A_notice_to_residents_is_a_public_notice()
    {
        const string notice = "City of Brookfield - Public Notice\n\nNotice is hereby given that the city council will hold a public hearing on the budget. Residents may comment until 1 May.";
        Assert.Contains(DocumentKinds.PublicNotice, Kinds(notice));
    }
}
