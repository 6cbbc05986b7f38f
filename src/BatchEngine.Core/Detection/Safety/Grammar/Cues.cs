using System.Collections.Frozen;

namespace BatchEngine.Detection.Safety.Grammar;

/// <summary>Small closed word sets the constructions read beside the lexicon's classes.</summary>
internal static class Cues
{
    /// <summary>Words between a verb and its object, or before a group noun, that say nothing about who is meant.</summary>
    public static readonly FrozenSet<string> Determiners = Set(
        "the", "a", "an", "all", "every", "each", "those", "these", "that", "this", "any", "some", "of", "just", "more", "other",
        "next", "single", "kinds", "kind", "types", "type", "such", "most", "many", "few", "off", "out", "up", "down", "them",
        "our", "your", "their", "his", "her", "my", "fucking", "damn", "bloody", "filthy", "dirty", "stupid", "entire", "whole", "last",
        "remaining", "rest", "lot", "bunch", "group", "one", "two", "as", "much", "both", "own", "local", "fellow", "innocent",
        "progressive", "young", "old", "so", "called", "so-called", "certain", "same", "people");

    /// <summary>Words that mark the ordinary sense of a slur that is also a word (an embankment, a meatball, a dog, a tool).</summary>
    public static readonly FrozenSet<string> HomonymContext = Set(
        "beach", "sea", "river", "rivers", "water", "flood", "flooding", "embankment", "embankments", "wall", "walls", "marsh",
        "marshland", "pasture", "dinner", "lunch", "ate", "eat", "eating", "fried", "gravy", "meatball", "meatballs", "onion", "pork",
        "recipe", "dog", "dogs", "puppy", "puppies", "canine", "canines", "litter", "breed", "breeder", "breeding", "kennel", "walks",
        "garden", "gardening", "weeds", "soil", "tool", "tools", "rake", "shovel", "dig", "cigarette", "cigarettes", "smoke", "smoking",
        "lighter", "raccoon", "raccoons", "ghost", "ghosts", "halloween", "haunted", "cheese", "armour", "armor", "sticks", "firewood",
        "wood", "bundle", "farmers", "farmer", "field", "fields", "council", "built", "building", "sheep", "horse", "horses", "female",
        "butcher", "butchers", "packet", "store", "corner", "bought", "shop", "supermarket", "tobacco", "canines");

    /// <summary>Words of help-seeking, prevention and research: self-harm or violence talked about, not promoted.</summary>
    public static readonly FrozenSet<string> Prevention = Set(
        "hotline", "helpline", "crisis", "lifeline", "prevention", "prevent", "preventing", "help", "support", "reach", "988",
        "samaritans", "therapist", "therapy", "counsellor", "counselor", "rates", "rate", "risk", "factors", "study", "studies",
        "research", "researchers", "patients", "participants", "statistics", "awareness", "screening", "clinicians", "clinical");

    /// <summary>Words of reporting, history, security and safety: weapons and extremism described, not taught or joined.</summary>
    public static readonly FrozenSet<string> Reporting = Set(
        "police", "arrested", "investigators", "investigation", "museum", "history", "historians", "historical", "squad", "disposal",
        "defuse", "defused", "detect", "detection", "detector", "prevent", "prevention", "counter", "counterterrorism", "analysts",
        "analysis", "researchers", "research", "report", "reported", "reports", "according", "news", "journalist", "documentary",
        "court", "convicted", "sentenced", "trial", "condemned", "condemn", "victims", "survivors", "memorial", "propaganda", "study",
        "paper", "dataset", "classifier", "moderation", "safety", "regulations", "regulation", "law", "ban", "banned", "treaty");

    /// <summary>Words of medicine: injuries described by clinicians, not violence.</summary>
    public static readonly FrozenSet<string> Clinical = Set(
        "patient", "patients", "clinical", "treatment", "treated", "surgery", "surgical", "diagnosis", "hospital", "therapy", "dose",
        "mg", "fracture", "fractures", "physician", "doctor", "nurse", "symptoms", "infection", "wound", "care", "medical", "injury",
        "injuries", "trauma", "emergency", "procedure");

    /// <summary>Words before "bomb" that make it something else (a bath bomb, a fork bomb, an f-bomb).</summary>
    public static readonly FrozenSet<string> HarmlessBomb = Set(
        "bath", "photo", "f", "sex", "seed", "glitter", "fork", "logic", "zip", "cherry", "love", "truth", "calorie", "calorimeter",
        "stink", "smoke", "flavor", "flavour", "time", "dropped", "drop", "drops", "cluster", "atomic", "h", "hydrogen", "nuclear");

    /// <summary>Weapons that are lawful to own and talk about: a request about them needs a harmful act or an illegality cue.</summary>
    public static readonly FrozenSet<string> OrdinaryWeapons = Set(
        "gun", "guns", "firearm", "firearms", "rifle", "rifles", "weapon", "weapons", "poison", "poisons", "toxin", "toxins",
        "machine", "assault");

    /// <summary>Words that make a request about an ordinary weapon a harmful one.</summary>
    public static readonly FrozenSet<string> Illegality = Set(
        "illegally", "illegal", "untraceable", "unregistered", "without", "background", "license", "licence", "serial", "undetectable",
        "smuggle", "convert", "automatic", "crowded", "school", "mass", "kill", "murder", "assassinate", "hurt", "harm");

    /// <summary>Words for laughing and praise: "I nearly killed myself laughing", "you killed it".</summary>
    public static readonly FrozenSet<string> Hyperbole = Set(
        "laughing", "laugh", "laughed", "lol", "lmao", "haha", "rather", "joke", "jokes", "kidding", "figuratively", "metaphorically");

    /// <summary>
    /// Violent words too common in history, news and everyday talk ("they must suffer", "the storm will destroy")
    /// to make a threat with a modal alone: they need the writer as the one who acts or wishes ("I will hurt you",
    /// "I would love to see them suffer").
    /// </summary>
    public static readonly FrozenSet<string> WeakViolence = Set(
        "suffer", "suffering", "hurt", "harm", "attack", "attacked", "attacking", "destroy", "destroyed", "beat", "beaten", "beating",
        "burn", "burned", "burnt", "burning", "bomb", "bombed", "bombing", "die", "died", "dies", "dying", "dead", "death", "deaths");

    /// <summary>Places where people gather: a weapon brought there is a threat to the people in them.</summary>
    public static readonly FrozenSet<string> Gatherings = Set(
        "office", "school", "class", "classroom", "campus", "work", "workplace", "church", "mosque", "synagogue", "temple", "meeting",
        "party", "concert", "mall", "rally", "parade", "station", "court", "courthouse", "clinic", "hospital", "daycare", "wedding");

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
