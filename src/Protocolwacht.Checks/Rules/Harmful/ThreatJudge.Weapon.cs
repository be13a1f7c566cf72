namespace Protocolwacht.Checks.Rules.Harmful;

// A weapon the author owns, said to meet someone, without a threat verb: "die buurman maakt morgen kennis met mijn
// koevoet", "mijn mes en jouw gezicht gaan kennismaken", "hij krijgt mijn boksbeugel te zien", "mijn vuisten willen
// een gesprekje met hem". The meeting is the blow. Someone else's weapon ("de keeper maakte kennis met een harde
// bal") or a weapon not said to meet anyone ("mijn hamer ligt bij de buurman") is no threat.
internal static partial class ThreatJudge
{
    private static bool WeaponMeets(CheckContext context, Sentence s, int k) =>
        (context.Classes[k] & (Words.Weapon | Words.ImprovisedWeapon)) != 0 && Owned(context, s, k) && Meeting(context, s) && !s.NegatedAt(context, k, 6);

    // "jouw gezicht", "naar jouw training": the addressee named by a possessive (the class second-person has no "jouw").
    private static bool Addressed(CheckContext context, Sentence s)
    {
        for (var j = s.First; j <= s.Last; j++)
        {
            if (context.Tokens[j].Key is "jouw" or "uw")
            {
                return true;
            }
        }

        return false;
    }

    // "mijn koevoet", "m'n ijzeren knuppel", "mijn twee vuisten": the author's own.
    private static bool Owned(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        for (var j = k - 1; j >= s.First && j >= k - 2; j--)
        {
            if (t[j].Key is "mijn" or "m'n" or "mn" or "onze" or "ons")
            {
                return true;
            }

            if (!t[j].Key.EndsWith('e') && t[j].Key is not ("twee" or "beide"))
            {
                return false;
            }
        }

        return false;
    }

    // A word of meeting ("kennis maken", "ontmoeten", "begroeten", "oog in oog", "een gesprek") or "te zien/voelen krijgen".
    private static bool Meeting(CheckContext context, Sentence s) => MeetingQuestion.Ask(context, s);

    private static readonly SentenceQuestion MeetingQuestion = new(MeetingScan);

    private static bool MeetingScan(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        for (var j = s.First; j <= s.Last; j++)
        {
            if ((context.Classes[j] & Words.Encounter) != 0 && (t[j].Key is not ("oog" or "kennis") || Idiom(context, s, j)))
            {
                return true;
            }

            if (t[j].Key == "te" && j < s.Last && t[j + 1].Key is "zien" or "voelen" && Received(context, s, j))
            {
                return true;
            }
        }

        return false;
    }

    // "oog in oog", "kennis maken/maakt (met)": the nouns only in their idiom of meeting.
    private static bool Idiom(CheckContext context, Sentence s, int j)
    {
        var t = context.Tokens;
        return t[j].Key == "oog"
            ? j + 2 <= s.Last && t[j + 1].Key == "in" && t[j + 2].Key == "oog"
            : (j < s.Last && t[j + 1].Key is "maken" or "maakt" or "maak" or "maakte" or "maakten" or "met") || (j > s.First && t[j - 1].Key is "maakt" or "maken" or "maak");
    }

    // "krijgt mijn boksbeugel te zien", "dat hij mijn vuist te voelen krijgt": a form of "krijgen" near "te zien/voelen".
    private static bool Received(CheckContext context, Sentence s, int te)
    {
        for (var j = Math.Max(s.First, te - 6); j <= Math.Min(s.Last, te + 3); j++)
        {
            if (context.Tokens[j].Key is "krijgt" or "krijg" or "krijgen" or "kreeg" or "kregen")
            {
                return true;
            }
        }

        return false;
    }
}
