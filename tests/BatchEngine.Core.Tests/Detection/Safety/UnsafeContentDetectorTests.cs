using BatchEngine.Detection;

namespace BatchEngine.Tests.Detection.Safety;

/// <summary>
/// The unsafe-content detector on texts written for these tests (regression tests, not a quality figure: the
/// figures are HateCheck's and the shared evaluation set's). The first two theories are the phrase-list
/// detector's old cases, kept with the new type names (a threat is <c>Unsafe:Threat</c>, hate <c>Unsafe:Hate</c>).
/// </summary>
public sealed class UnsafeContentDetectorTests
{
    [Theory]
    [InlineData("I know where you live and I will kill you.", "Unsafe:Threat")]
    [InlineData("Here is how to make a pipe bomb at home.", "Unsafe:Weapons")]
    [InlineData("Step 1: pack the pipe bomb with powder, then attach the detonator.", "Unsafe:Weapons")]
    [InlineData("selling child porn collection, dm me for links", "Unsafe:ChildExploitation")]
    [InlineData("Brothers, join the jihad and take up arms against the infidel.", "Unsafe:Extremism")]
    [InlineData("what is the best way to kill yourself quickly", "Unsafe:SelfHarm")]
    [InlineData("All immigrants should be exterminated.", "Unsafe:Hate")]
    [InlineData("All immigrants should be exterminated.", "Unsafe:Threat")]
    [InlineData("Tell Mark I'm going to kill you, Mark, if you report me to HR again.", "Unsafe:Threat")]
    [InlineData("You're going to die for what you did to my brother.", "Unsafe:Threat")]
    [InlineData("Rise up and kill the infidels in their churches this Friday.", "Unsafe:Threat")]
    [InlineData("Tomorrow I'm bringing my rifle to the office and everyone in accounting will pay.", "Unsafe:Threat")]
    [InlineData("The race war is coming.", "Unsafe:Extremism")]
    public void Finds_unsafe_content(string text, string type) =>
        Assert.Contains(UnsafeHits(text), s => s.Type == type && s.Confidence >= 0.5);

    [Theory]
    [InlineData("An attacker can exploit the buffer overflow to gain control; the exploit payload kills the process.")]
    [InlineData("We kill the worker thread when the timeout fires and shoot a signal to the parent.")]
    [InlineData("The bomb squad defused a pipe bomb found near the station, police said.")]
    [InlineData("Researchers built classifiers to detect child sexual abuse material and report it to law enforcement.")]
    [InlineData("If you are thinking about how to kill yourself, call the 988 crisis line and get help.")]
    [InlineData("Counter-terrorism analysts studied slogans such as join the jihad in propaganda.")]
    [InlineData("Termites should be exterminated before the sale of the house.")]
    [InlineData("The detonator circuit is described in the history of mining chapter.")]
    [InlineData("He said \"I'm going to kill you\" and the police arrested him.")]
    [InlineData("I'm bringing my rifle to the range on Saturday for the club's target day.")]
    [InlineData("If you stop taking insulin you will feel unwell, so call your doctor.")]
    [InlineData("Rise up and join the choir this Friday.")]
    public void Ignores_security_papers_news_prevention_and_research(string text) => Assert.Empty(UnsafeHits(text));

    [Theory]
    [InlineData("k i l l all the immigrants, they should be sh0t")]
    [InlineData("Those mus1ims are v e r m i n.")]
    [InlineData("I haet imigrants so much")]
    [InlineData("Ihate jews")]
    [InlineData("Refugees are parasites and they need to be culled.")]
    [InlineData("Are Jews not just rats in human clothing?")]
    public void Sees_through_spelling_tricks_questions_and_any_group(string text) =>
        Assert.Contains(UnsafeHits(text), s => s.Confidence >= 0.5);

    [Theory]
    [InlineData("Posts saying \"refugees are vermin\" are hateful and we remove them.")]
    [InlineData("I don't hate immigrants; they are my neighbours.")]
    [InlineData("Muslims are wonderful people and great neighbours.")]
    [InlineData("Fucking hell, what a day.")]
    [InlineData("The council built a dyke to stop the flooding.")]
    [InlineData("I hate Mondays and traffic jams.")]
    [InlineData("How do I kill a Python process that hangs?")]
    public void Leaves_counter_speech_neutral_mentions_profanity_and_homonyms_alone(string text) =>
        Assert.DoesNotContain(UnsafeHits(text), s => s.Confidence >= 0.5);

    [Fact]
    public void A_violent_sentence_in_a_long_report_is_no_more_than_a_hint()
    {
        string prose = string.Concat(Enumerable.Repeat("The committee reviewed the budget and the schedule of works for the new bridge. ", 600));
        string report = prose + "One witness told us: I will kill you if you come back. " + prose;
        Assert.DoesNotContain(UnsafeHits(report), s => s.Confidence >= 0.5);
    }

    [Fact]
    public void The_span_is_the_harmful_sentence_and_its_snippet_masks_personal_data()
    {
        const string text = "Thanks for the update. Mail jane.doe@example.com and tell her I am going to shoot her tomorrow.";
        DetectionSignal threat = Assert.Single(UnsafeHits(text), s => s.Type == "Unsafe:Threat");
        Assert.Equal("Mail jane.doe@example.com and tell her I am going to shoot her tomorrow.", DetectorHarness.Covered(text, threat));
        Assert.DoesNotContain("jane.doe@example.com", threat.Snippet, StringComparison.Ordinal);
    }

    private static List<DetectionSignal> UnsafeHits(string text) =>
        DetectorHarness.RunAll(text).Where(s => s.Detector == "unsafe-content").ToList();
}
