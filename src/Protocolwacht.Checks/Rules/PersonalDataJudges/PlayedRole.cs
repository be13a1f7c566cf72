namespace Protocolwacht.Checks.Rules.PersonalDataJudges;

/// <summary>
/// A family or health word that names a part in a play: "In de musical speelde Noah een strenge voogd", "Sara stond als
/// de boze stiefmoeder op het podium", "Tess vertolkte een zieke prinses". A verb of acting ("speelde", "vertolkte") or a
/// word for a play or story (classes <c>acting</c> and <c>fiction</c>) in the sentence, and the word introduced by an article ("een", "de"),
/// not a possessive, with no preposition between the verb and the part: "Noah speelt sinds de scheiding vaak bij zijn oma"
/// keeps "scheiding" a fact. The part comes at most four words after the verb, or right after "als" in a sentence about a
/// play.
/// </summary>
internal static class PlayedRole
{
    private static readonly ClassMask Fiction = Nearby.Class("fiction");
    private static readonly ClassMask Acting = Nearby.Class("acting");

    public static bool Is(CheckContext context, int index)
    {
        var tokens = context.Tokens;
        var sentence = tokens[index].Sentence;
        var article = ArticleBefore(context, index, demonstrative: false);
        if (article < 0)
        {
            return false;
        }

        if (ActedBefore(context, article, exclamation: false))
        {
            return true;
        }

        var fiction = article > 0 && tokens[article - 1].Sentence == sentence && tokens[article - 1].Key == "als";
        if (!fiction)
        {
            return false;
        }

        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Sentence == sentence && (context.Classes[k] & (Fiction | Acting)) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The word at <paramref name="index"/> is a part introduced by an article ("speelt die schoft", "vertolkt een zieke
    /// prinses") with a verb of acting at most four words before the article and no preposition or exclamation between:
    /// "Daan speelde vals, wat een etter" plays, the insult is no part. The harmful-statement rules ask this of an insult
    /// after a sentence set in a play, with "die/deze" as articles too.
    /// </summary>
    public static bool PartAfterActing(CheckContext context, int index)
    {
        var article = ArticleBefore(context, index, demonstrative: true);
        return article >= 0 && ActedBefore(context, article, exclamation: true);
    }

    // "een", "de" (and "die", "deze" when asked) one or two words before the part, in its sentence.
    private static int ArticleBefore(CheckContext context, int index, bool demonstrative)
    {
        var tokens = context.Tokens;
        var sentence = tokens[index].Sentence;
        for (var k = index - 1; k >= 0 && k >= index - 2 && tokens[k].Sentence == sentence; k--)
        {
            if (tokens[k].Key is "een" or "de" || (demonstrative && tokens[k].Key is "die" or "deze"))
            {
                return k;
            }
        }

        return -1;
    }

    // A verb of acting at most four words before the article, no preposition (nor "wat" of an exclamation, when asked) between.
    private static bool ActedBefore(CheckContext context, int article, bool exclamation)
    {
        var tokens = context.Tokens;
        var sentence = tokens[article].Sentence;
        for (var k = article - 1; k >= 0 && k >= article - 4 && tokens[k].Sentence == sentence; k--)
        {
            if ((context.Classes[k] & Acting) != 0)
            {
                return true;
            }

            // "speelt sinds de scheiding …", "speelde bij de buren": a preposition between makes the verb play, not act.
            if (tokens[k].Key is "sinds" or "bij" or "na" or "door" or "met" or "van" or "voor" or "uit" or "in" or "op" or "naar" or "tijdens" or "zonder"
                || (exclamation && tokens[k].Key == "wat"))
            {
                break;
            }
        }

        return false;
    }
}
