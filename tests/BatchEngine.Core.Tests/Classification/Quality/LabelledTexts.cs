using BatchEngine.Classification;

namespace BatchEngine.Tests.Classification.Quality;

/// <summary>
/// The labelled text set: 64 short documents, 16 per category, labelled by what a records reviewer would decide,
/// not by what the detectors happen to find. Each category holds easy cases, look-alikes that must not fire
/// (security papers, news, history, public contact pages) and a few documents the detectors cannot see
/// (a passport number, a salary table without markings, a threat in other words), so the figures are honest.
/// Under the reference's policy (issue 10) five labels changed: <c>sop</c>, <c>training</c>, <c>maintenance</c> and
/// <c>operations-manual</c> are Public (SOPs, manuals and training material are no longer Confidential by
/// themselves), and <c>bank-transfer</c> is Public (one bank account number on a payment request, with no person
/// named, is an organisation's or a landlord's published bank details, not a person's record).
/// </summary>
internal static class LabelledTexts
{
    private const SensitivityCategory P = SensitivityCategory.Public;
    private const SensitivityCategory C = SensitivityCategory.Confidential;
    private const SensitivityCategory H = SensitivityCategory.HighlySensitive;
    private const SensitivityCategory U = SensitivityCategory.Unsafe;

    public static readonly LabelledDocument[] All =
    [
        // Public
        new("recipe", P, "Banana bread. Mash three ripe bananas, mix with 75 g melted butter, 150 g sugar, one egg and 190 g flour. Bake for 60 minutes at 175 C."),
        new("weather", P, "Forecast for Tuesday: light rain in the morning, clearing by noon, highs of 14 C and winds from the west at 20 km/h."),
        new("council-minutes", P, "Minutes of the public meeting of the parks committee, 12 March 2024. The committee approved the new playground and thanked residents for 230 comments."),
        new("press-release", P, "Acme Tools opens a new store in Springfield on 1 June. Press enquiries: press@acmetools.example. The store employs 40 people."),
        new("security-paper", P, "We show how an attacker can exploit a use-after-free to hijack control flow. Our exploit kills the sandbox process and injects a payload; we evaluate mitigations on 12 browsers."),
        new("news-bomb-squad", P, "Police said the bomb squad safely removed a pipe bomb found near the station on Friday. Investigators are looking for witnesses."),
        new("history", P, "Abraham Lincoln was born on February 12, 1809, in a log cabin in Kentucky. He became the 16th president of the United States."),
        new("childrens-story", P, "The little fox hid in the hollow tree until the storm passed, and in the morning he found his friends waiting by the river."),
        new("sports", P, "The home team won 3-1 on Saturday; the striker scored twice in the second half before a crowd of 24,512."),
        new("library-hours", P, "Central Library, 400 Main Street. Open Monday to Friday 9-18. Questions? Call 555-0142 or visit our web site."),
        new("paper-authors", P, "Deep Residual Networks for River Flow Forecasting. A. Rivera (a.rivera@uni.example), K. Osei (k.osei@uni.example). Abstract: we forecast daily flows for 40 rivers."),
        new("timetable", P, "Festival timetable: 10:00 opening, 11:30 folk band, 13:00 lunch, 14:15 poetry, 16:00 closing. Tickets 12 EUR, children free."),
        new("linux-tutorial", P, "To stop a hung program, find its id with ps and kill the process; if it ignores the signal, shoot it a SIGKILL with kill -9."),
        new("tech-report-release", P, "DISTRIBUTION STATEMENT A. Approved for public release; distribution unlimited. This report studies corrosion in bridge cables."),
        new("confidential-computing", P, "Confidential computing protects data in use by running code inside hardware enclaves; we benchmark three enclave runtimes."),
        new("ethics-textbook", P, "Case study: Fred refused to sign a non-disclosure agreement with his employer. Discuss whether a trade secret can bind an engineer's conscience."),

        // Confidential
        new("memo-confidential", C, "CONFIDENTIAL\nTo: leadership team\nThe reorganisation of the sales regions will be announced in September."),
        new("sales-internal", C, "Q3 sales by region - internal use only. North 4.1M, South 3.2M, West 2.7M. Margin fell two points."),
        new("sop", P, "Standard Operating Procedure SOP-114\nReceiving hazardous samples\n1. Check the shipping papers. 2. Log the sample in the register."),
        new("emergency-plan", C, "Emergency Response Plan - Plant 3\nOn a gas alarm, stop the line, open the vents and gather at assembly point B."),
        new("training", P, "Training Materials - Customer Support Level 2\nModule 4: handling refunds over the approval limit."),
        new("board-minutes", C, "Board minutes, 4 April. Do not distribute. The board discussed the offer from a competitor and asked for a valuation."),
        new("attorney-email", C, "Privileged and confidential - attorney-client privileged communication. Our assessment of the supplier dispute follows."),
        new("trade-secret", C, "TRADE SECRET\nBlend ratios for the house sauce: see the attached sheet. Keep in the recipe safe."),
        new("maintenance", P, "Maintenance Procedure MP-22\nReplacing the turbine bearings: lock out the generator, drain the oil, remove the housing."),
        new("hr-birthdays", C, "Team list for the office party planner. Maria Lopez, date of birth: 04/12/1990. Tom Baker, date of birth: 11/03/1987."),
        new("draft-proposal", C, "Draft Proposal\nNew warehouse in the east district: budget, schedule and staffing options for the board."),
        new("footer-proprietary", C, "Product roadmap 2025: three releases, the first in March.\nProprietary and Confidential | Page 1 of 4"),
        new("operations-manual", P, "Operations Manual\nSection 2: opening the data centre floor, badge checks and the night shift hand-over."),
        new("security-procedure", C, "Security Procedure SP-7\nVisitor badges are collected at exit; lost badges are reported to the control room within one hour."),
        new("press-embargo", C, "Draft press release - NOT FOR PUBLIC RELEASE. Acme to acquire Beta Corp for 120 million."),
        new("salary-bands", C, "Salary bands 2025 for engineering: level 1 52-60k, level 2 60-72k, level 3 72-90k. Please keep this between managers."),

        // Highly Sensitive
        new("hr-ssn", H, "Employee record. Name: Jane Roe. SSN: 536-22-8745. Start date: 3 March 2021. Department: logistics."),
        new("payment-form", H, "Payment details: Visa 4111 1111 1111 1111, expiry 09/27, name on card J. Smith."),
        new("bank-transfer", P, "Please pay the deposit to IBAN DE89 3704 0044 0532 0130 00, reference flat 4B."),
        new("aws-credentials", H, "[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\nregion = eu-west-1"),
        new("private-key", H, "deploy key:\n-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n-----END OPENSSH PRIVATE KEY-----"),
        new("github-token", H, "CI settings: GITHUB_TOKEN=ghp_A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8 (rotate monthly)."),
        new("slack-token", H, "bot config: token xoxb-2048-4096-AbCdEfGhIjKlMnOp, channel #alerts"),
        new("itar", H, "WARNING: This document contains technical data whose export is restricted by the International Traffic in Arms Regulations (ITAR). Export license required."),
        new("cui", H, "CUI\nControlled Unclassified Information - handle per agency policy. Contract deliverable 7."),
        new("ear99", H, "Export classification: EAR99. Shipping to embargoed destinations requires review."),
        new("patient-intake", H, "Patient: Ana Silva, email ana.silva@mail.example, phone (617) 555-0199, address 12 Beacon Street, Boston, MA 02108."),
        new("payroll-ssn-bare", H, "Payroll correction: SSN 536228745 was entered twice for March."),
        new("support-chat-card", H, "Customer: my card is 5555-5555-5555-4444 and it was charged twice, can you refund?"),
        new("stripe-key", H, "STRIPE_SECRET_KEY=sk_live_51Hk2mPq8RstUvWx9yZaBcDe"),
        new("curl-bearer", H, "curl -H \"Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0MiJ9.k9Xy7Q\" https://api.example/v1/users"),
        new("passport", H, "Traveller: John Okafor, passport number X1234567, issued 2019, valid until 2029."),

        // Unsafe
        new("threat-1", U, "I know where you live. If you testify on Monday, I will kill you."),
        new("threat-2", U, "You're going to die for what you did to my brother, and nobody will find you."),
        new("bomb-howto", U, "Here is how to make a pipe bomb: you will need a steel pipe, two end caps and powder."),
        new("explosive-steps", U, "Step 1: fill the pipe bomb with the powder. Step 2: attach the detonator to the cap."),
        new("recruitment-1", U, "Brothers, the time has come to join the jihad. Leave your families and travel to the front."),
        new("recruitment-2", U, "The race war is coming. Join the movement and fight before it is too late."),
        new("self-harm-1", U, "What is the most painless way to die? Tell me how to kill myself without anyone noticing."),
        new("self-harm-2", U, "Forum post: how to cut yourself so the marks stay hidden under sleeves."),
        new("hate-1", U, "All immigrants are vermin and should be exterminated."),
        new("hate-2", U, "Muslims are subhuman and should be wiped out."),
        new("csam-trade", U, "selling child porn collection, send me a message for links"),
        new("ghost-gun", U, "Tutorial: how to make a ghost gun at home with an 80% lower and a drill press."),
        new("molotov", U, "Quick guide: make a molotov cocktail with a glass bottle and a rag before the march."),
        new("infidels", U, "Rise up and kill the infidels in their churches this Friday."),
        new("threat-coworker", U, "Tell Mark I'm going to kill you, Mark, if you report me to HR again."),
        new("veiled-threat", U, "Tomorrow I'm bringing my rifle to the office and everyone in accounting will pay."),
    ];
}
