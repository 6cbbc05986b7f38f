namespace BatchEngine.Detection.Phrases;

/// <summary>
/// The built-in unsafe-content phrases. Only whole phrases count, never bare words such as "exploit", "attack",
/// "kill" or "bomb", which fill security papers, history and news. Phrases that are also the subject of
/// legitimate writing (a pipe bomb in a news report, CSAM in a policy paper) count only with instruction or
/// trading words near them, and are dropped near prevention, research or reporting words.
/// </summary>
internal static class BuiltInUnsafePhrases
{
    public const string Violence = "Unsafe:Violence";
    public const string Weapons = "Unsafe:Weapons";
    public const string ChildExploitation = "Unsafe:ChildExploitation";
    public const string Extremism = "Unsafe:Extremism";
    public const string SelfHarm = "Unsafe:SelfHarm";
    public const string HateSpeech = "Unsafe:HateSpeech";

    private static readonly string[] Instructions =
    [
        "how to", "step 1", "step one", "instructions", "ingredients", "you will need", "mix the", "assemble",
        "attach the", "fill the", "pack the", "recipe", "make your own", "build your own", "tutorial",
    ];

    public static IReadOnlyList<DetectionPhraseSet> Create() =>
    [
        new()
        {
            Type = Violence,
            Confidence = 0.85,
            Phrases =
            [
                "i will kill you", "i'm going to kill you", "i am going to kill you", "going to kill you", "gonna kill you",
                "i will murder you", "kill you and your family", "i will hurt you", "i know where you live",
                "you will pay with your life", "put a bullet in your head", "slit your throat", "shoot up the school",
                "shoot up the office", "you are going to die", "you're going to die", "i will burn your house",
            ],
            ExcludedContext = ["screenplay", "lyrics", "novel", "chapter"],
        },
        new()
        {
            Type = Weapons,
            Confidence = 0.85,
            Phrases =
            [
                "how to make a bomb", "how to build a bomb", "how to make a pipe bomb", "build a pipe bomb", "make a pipe bomb",
                "how to make explosives", "homemade explosives recipe", "how to make napalm", "make a molotov cocktail",
                "how to make a molotov", "convert your rifle to full auto", "how to make a ghost gun", "3d print a gun",
            ],
        },
        new()
        {
            Type = Weapons,
            Confidence = 0.75,
            Phrases =
            [
                "pipe bomb", "explosive device", "detonator", "blasting cap", "acetone peroxide", "TATP",
                "molotov cocktail", "auto sear", "untraceable firearm", "ghost gun", "nerve agent",
            ],
            RequiredContext = [.. Instructions],
            ExcludedContext = ["bomb squad", "police said", "investigators", "was arrested", "museum", "history of", "disposal"],
        },
        new()
        {
            Type = ChildExploitation,
            Confidence = 0.9,
            Phrases =
            [
                "child sexual abuse material", "child pornography", "child porn", "CSAM", "sexual images of children",
                "sexual images of minors", "underage nudes", "preteen nudes",
            ],
            RequiredContext = ["buy", "sell", "selling", "trade", "trading", "share", "download", "send me", "links", "collection", "for sale", "looking for", "dm me"],
            ExcludedContext =
            [
                "report", "reporting", "combat", "combating", "prevent", "prevention", "detect", "detection", "law enforcement",
                "hotline", "prosecut", "victims", "policy", "research", "illegal", "offence", "offense", "convicted",
            ],
        },
        new()
        {
            Type = Extremism,
            Confidence = 0.85,
            Phrases =
            [
                "join the jihad", "join our jihad", "join the caliphate", "join the islamic state", "join isis",
                "pledge allegiance to the caliph", "race war now", "the race war is coming", "rahowa",
                "martyrdom operation", "kill the infidels", "death to the infidels", "take up arms against the",
                "join the movement and fight", "join our brotherhood and fight",
            ],
            ExcludedContext = ["counter-terrorism", "counterterrorism", "deradicalization", "deradicalisation", "researchers", "propaganda analysis"],
        },
        new()
        {
            Type = SelfHarm,
            Confidence = 0.85,
            Phrases =
            [
                "how to kill myself", "how to kill yourself", "ways to kill yourself", "best way to kill yourself",
                "how to commit suicide", "painless way to die", "painless ways to die", "how to cut yourself",
                "how to hang yourself", "how many pills to overdose", "lethal dose to kill yourself",
            ],
            ExcludedContext = ["hotline", "helpline", "crisis line", "lifeline", "prevention", "get help", "reach out", "988"],
        },
        new()
        {
            Type = HateSpeech,
            Confidence = 0.8,
            Phrases =
            [
                "should be exterminated", "must be exterminated", "deserve to be exterminated", "are subhuman",
                "are vermin", "are an inferior race", "inferior race", "gas the", "should all be killed",
                "should be wiped out", "should be wiped off the earth",
            ],
            RequiredContext =
            [
                "jews", "jewish", "muslims", "muslim", "christians", "blacks", "whites", "immigrants", "refugees", "gays",
                "lesbians", "transgender", "mexicans", "arabs", "asians", "africans", "roma", "hindus", "sikhs", "women",
            ],
            ExcludedContext = ["historians", "holocaust museum", "propaganda analysis"],
        },
    ];
}
