namespace BatchEngine.Tests.Detection;

public sealed class UnsafeContentDetectorTests
{
    [Theory]
    [InlineData("I know where you live and I will kill you.", "Unsafe:Violence")]
    [InlineData("Here is how to make a pipe bomb at home.", "Unsafe:Weapons")]
    [InlineData("Step 1: pack the pipe bomb with powder, then attach the detonator.", "Unsafe:Weapons")]
    [InlineData("selling child porn collection, dm me for links", "Unsafe:ChildExploitation")]
    [InlineData("Brothers, join the jihad and take up arms against the infidel.", "Unsafe:Extremism")]
    [InlineData("what is the best way to kill yourself quickly", "Unsafe:SelfHarm")]
    [InlineData("All immigrants should be exterminated.", "Unsafe:HateSpeech")]
    public void Finds_unsafe_phrases(string text, string type)
    {
        var hits = DetectorHarness.RunAll(text).Where(s => s.Detector == "unsafe-content").ToList();
        Assert.Contains(hits, s => s.Type == type);
    }

    [Theory]
    [InlineData("An attacker can exploit the buffer overflow to gain control; the exploit payload kills the process.")]
    [InlineData("We kill the worker thread when the timeout fires and shoot a signal to the parent.")]
    [InlineData("The bomb squad defused a pipe bomb found near the station, police said.")]  // news, no instructions
    [InlineData("Researchers built classifiers to detect child sexual abuse material and report it to law enforcement.")]
    [InlineData("If you are thinking about how to kill yourself, call the 988 crisis line and get help.")]
    [InlineData("Counter-terrorism analysts studied slogans such as join the jihad in propaganda.")]
    [InlineData("Termites should be exterminated before the sale of the house.")]  // no group targeted
    [InlineData("The detonator circuit is described in the history of mining chapter.")]
    public void Ignores_security_papers_news_prevention_and_research(string text)
    {
        Assert.DoesNotContain(DetectorHarness.RunAll(text), s => s.Type.StartsWith("Unsafe:", StringComparison.Ordinal));
    }
}
