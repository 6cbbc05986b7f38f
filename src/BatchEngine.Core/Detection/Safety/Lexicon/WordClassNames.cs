namespace BatchEngine.Detection.Safety.Lexicon;

/// <summary>The section names of <c>safety-lexicon.txt</c> and the class each one fills.</summary>
internal static class WordClassNames
{
    public static WordClass Parse(string section) => section switch
    {
        "group" => WordClass.Group,
        "group-adjective" => WordClass.GroupAdjective,
        "person" => WordClass.Person,
        "human" => WordClass.Human,
        "slur" => WordClass.Slur,
        "slur-reclaimable" => WordClass.SlurReclaimable,
        "slur-homonym" => WordClass.SlurHomonym,
        "negative" => WordClass.Negative,
        "dehumanising" => WordClass.Dehumanising,
        "hate" => WordClass.Hate,
        "profanity" => WordClass.Profanity,
        "positive" => WordClass.Positive,
        "negator" => WordClass.Negator,
        "violence" => WordClass.Violence,
        "modal" => WordClass.Modal,
        "counter" => WordClass.Counter,
        "speech" => WordClass.Speech,
        "self" => WordClass.Self,
        "second-self" => WordClass.SecondSelf,
        "self-harm" => WordClass.SelfHarm,
        "weapon" => WordClass.Weapon,
        "instruction" => WordClass.Instruction,
        "make" => WordClass.Make,
        "harmful-act" => WordClass.HarmfulAct,
        "gore" => WordClass.Gore,
        "extremist" => WordClass.Extremist,
        "support" => WordClass.Support,
        "figurative" => WordClass.Figurative,
        _ => throw new FormatException($"Unknown section [{section}] in the safety lexicon."),
    };
}
