namespace BatchEngine.Detection.Safety.Lexicon;

/// <summary>The classes a normalised word or phrase can belong to; one section of <c>safety-lexicon.txt</c> each.</summary>
[Flags]
internal enum WordClass : uint
{
    None = 0,
    Group = 1u << 0,
    GroupAdjective = 1u << 1,
    Person = 1u << 2,
    Human = 1u << 3,
    Slur = 1u << 4,
    SlurReclaimable = 1u << 5,
    SlurHomonym = 1u << 6,
    Negative = 1u << 7,
    Dehumanising = 1u << 8,
    Hate = 1u << 9,
    Profanity = 1u << 10,
    Positive = 1u << 11,
    Negator = 1u << 12,
    Violence = 1u << 13,
    Modal = 1u << 14,
    Counter = 1u << 15,
    Speech = 1u << 16,
    Self = 1u << 17,
    SecondSelf = 1u << 18,
    SelfHarm = 1u << 19,
    Weapon = 1u << 20,
    Instruction = 1u << 21,
    Make = 1u << 22,
    HarmfulAct = 1u << 23,
    Gore = 1u << 24,
    Extremist = 1u << 25,
    Support = 1u << 26,
    Figurative = 1u << 27,

    /// <summary>Set by the tokenizer, not the lexicon: a pronoun for the person addressed (you, u, ya, y'all).</summary>
    You = 1u << 28,

    /// <summary>Set by the tokenizer: a third-person pronoun (he, she, they, him, her, them).</summary>
    ThirdPerson = 1u << 29,

    /// <summary>Set by the tokenizer: the speaker (I, we, me, us, my, our).</summary>
    Speaker = 1u << 30,

    /// <summary>Set by the tokenizer: a quotation mark.</summary>
    Quote = 1u << 31,
}
