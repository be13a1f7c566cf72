namespace Protocolwacht.Checks.Rules.Harmful;

// Watching told as seen and left there (thirteenth pass): "Ik zag je gisteravond je zoon ophalen bij voetbal.",
// "Jouw vrouw parkeert elke dinsdag om half negen bij de bakker. Zag ik vanochtend weer.". The addressee's family,
// or the addressee at a habit, is told as seen, and the post says nothing friendly after it. A greeting or a
// compliment ("Wat is ze groot geworden!", "Koffie binnenkort?", "Wat een talent") makes the same sighting a chat.
internal static partial class ThreatJudge
{
    private static readonly HashSet<string> SawVerb = ["zag", "zagen", "gezien", "gespot", "spotte", "spotten"];

    private static bool SeenAndLeft(CheckContext context, List<Sentence> sentences, int si)
    {
        var s = sentences[si];
        if (sentences.Count > 3 || !Saw(context, s) || Friendly(context))
        {
            return false;
        }

        return AddresseesKin(context, s) || (si > 0 && (AddresseesKin(context, sentences[si - 1]) || AddresseesHabit(context, sentences[si - 1])));
    }

    private static bool Saw(CheckContext context, Sentence s)
    {
        for (var k = s.First; k <= s.Last; k++)
        {
            if (SawVerb.Contains(context.Tokens[k].Key))
            {
                return true;
            }
        }

        return false;
    }

    // "je zoon", "jouw vrouw", "met je kinderen", "uw dochter": a relative of the addressee.
    private static bool AddresseesKin(CheckContext context, Sentence s)
    {
        for (var j = s.First; j < s.Last; j++)
        {
            if ((context.Classes[j] & Words.AddresseePossessive) != 0 && ((context.Classes[j + 1] & Words.Kin) != 0 || (j + 2 <= s.Last && (context.Classes[j + 2] & Words.Kin) != 0)))
            {
                return true;
            }
        }

        return false;
    }

    // "Jij fietst elke ochtend om kwart over zeven langs het kanaal": the addressee at a known time.
    private static bool AddresseesHabit(CheckContext context, Sentence s) =>
        s.Has(context.Classes, Words.SecondPerson) && s.Has(context.Classes, Words.RoutineTime) && Habitual(context, s);

    // An exclamation, a question, a positive word or an emoji: the post chats.
    private static bool Friendly(CheckContext context)
    {
        var text = context.Request.Text;
        if (text.Contains('!') || text.Contains('?') || Emoji.Any(text))
        {
            return true;
        }

        foreach (var mask in context.Classes)
        {
            if ((mask & Words.Positive) != 0)
            {
                return true;
            }
        }

        return false;
    }
}
