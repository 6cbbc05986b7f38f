using BatchEngine.Detection.Safety.Lexicon;

namespace BatchEngine.Detection.Safety.Text;

/// <summary>Who a pronoun points at: the person addressed, a third party, or the speaker.</summary>
internal static class Pronouns
{
    public static WordClass Of(string word) => word switch
    {
        "you" or "u" or "ya" or "yall" or "youse" or "ye" or "your" or "ur" or "yours" or "thee" or "thou" => WordClass.You,
        "he" or "she" or "they" or "him" or "her" or "them" or "his" or "their" or "theirs" or "hers" or "themselves" or "himself" or "herself" => WordClass.ThirdPerson,
        "i" or "we" or "me" or "us" or "my" or "our" or "mine" or "ours" => WordClass.Speaker,
        _ => WordClass.None,
    };
}
