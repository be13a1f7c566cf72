using Protocolwacht.Checks.Lexicons;
using Protocolwacht.Checks.PersonalData;

namespace Protocolwacht.Checks.Rules.PersonalDataJudges;

/// <summary>
/// A sensitive fact (health, behaviour and discipline, being bullied, results, family situation; the
/// sensitive lexicon) about an identifiable person: a roster person in the sentence, a pronoun pointing
/// to one named in the sentence before, the child of the parent (or the pupil) a reply answers, or the
/// author's own health ("ik heb sinds maart een burn-out").
/// </summary>
internal static partial class SensitiveFactJudge
{
    private static readonly ClassMask ThirdPerson = Nearby.Class("third-person");
    private static readonly ClassMask FirstPerson = Nearby.Class("first-person");
    private static readonly ClassMask SecondPerson = Nearby.Class("second-person");
    private static readonly ClassMask Someone = Nearby.Class("school-person") | Nearby.Class("person") | Nearby.Class("protected-group");
    private static readonly ClassMask StaffRole = Nearby.Class("staff-role");
    private static readonly ClassMask Own = Nearby.Class("first-possessive");
    private static readonly ClassMask ClassGroup = Nearby.Class("class-group");
    private static readonly ClassMask Health = Nearby.Class("health");
    private static readonly ClassMask Medicine = Nearby.Class("medicine");
    private static readonly ClassMask PersonnelChange = Nearby.Class("personnel-change");
    private static readonly ClassMask Publication = Nearby.Class("publication");

    public static (LexiconMatch Match, string Who)? Find(CheckContext context)
    {
        var examined = 0;
        foreach (var match in context.Matches(context.Resources.Sensitive))
        {
            if (++examined > 50)
            {
                break;
            }

            // "Een workshop over dyslexie": the subject of a talk, nobody's condition. Thirty-fourth pass (school30): so is a
            // family or care word ("vragen over Veilig Thuis", "een training over scheiding"), not "over de scheiding van haar ouders".
            if (match.Entry.Tag is "health" or "family" or "care" && HealthTopic.Is(context, match.First))
            {
                continue;
            }

            // "In de musical speelde Noah een strenge voogd": a part in a play, not the pupil's family.
            if (match.Entry.Tag is "family" or "health" && PlayedRole.Is(context, match.First))
            {
                continue;
            }

            // "ik ga in maart met zwangerschapsverlof. Juf Anja neemt de groep over.": the author's own leave told by
            // herself (convention 12, stop 37), not the health of the colleague named next, who takes over the class.
            if (Expecting(context, match) && OwnNews(context, match.First))
            {
                continue;
            }

            // "juf Fatima gaat met zwangerschapsverlof, zoals in de nieuwsbrief stond": leave the school announced itself
            // (convention 8) is no health fact to keep back; a diagnosis stays one however it was announced.
            if (Expecting(context, match) && Announced(context))
            {
                continue;
            }

            var sentence = context.Tokens[match.First].Sentence;
            // The person in the sentence, or a pronoun pointing to one named just before or just after
            // ("Hij kreeg een 3 voor spelling. Ik weet niet wat ik moet doen met Noah.").
            var name = Mentions.InSentence(context, sentence)?.Name
                ?? (Nearby.InSentence(context, sentence, ThirdPerson) ? Mentions.NextTo(context, sentence)?.Name : null)
                ?? (Nearby.InSentence(context, sentence, SecondPerson) ? Addressed(context, sentence)?.Name : null)
                ?? (Elliptic(context, sentence) ? Mentions.InSentence(context, sentence - 1)?.Name : null)
                ?? Identified(context, sentence);

            // The author's own health is protected too, but "ik was ziek" alone is not worth blocking.
            if (name is null && match.Entry.Tag == "health" && context.Tokens[match.First].Key is not ("ziek" or "ziekte") && !Expecting(context, match)
                && AboutAuthor(context, match.First))
            {
                name = "jezelf";
            }

            // In a reply to a parent or a pupil, "hij", "uw zoon" or "je" is their child or themselves.
            if (name is null && context.IsReplyToStudentOrParent && ReplyPerson(context, sentence))
            {
                name = context.Request.ReplyTo!.Role == ReplyRole.Student ? "deze leerling" : "het kind van deze ouder";
            }

            // "Mijn duo-collega is in verwachting", "onze conciërge is overspannen": one colleague pointed out
            // by role is known to everyone around the school.
            if (name is null && match.Entry.Tag is "health" or "family" && OwnColleague(context, sentence))
            {
                name = "je collega";
            }

            if (name is not null)
            {
                return (match, name);
            }
        }

        return null;
    }

    // "Ik ben zwanger van ons tweede kindje!": the author's own pregnancy, told by herself, is news she chose to share, not a
    // diagnosis (a health word that is also personnel news: class personnel-change). Someone else's stays sensitive.
    private static bool Expecting(CheckContext context, LexiconMatch match)
    {
        for (var k = match.First; k <= match.Last; k++)
        {
            if ((context.Classes[k] & PersonnelChange) != 0 && (context.Classes[k] & Health) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A publication told as where the news already stood: "zoals in de nieuwsbrief stond", "in de ouderbrief van vorige
    /// week aangekondigd". A publication alone is not ("het verslag van het directieoverleg": the record passed on).
    /// </summary>
    internal static bool Announced(CheckContext context)
    {
        var t = context.Tokens;
        for (var k = 0; k < t.Count; k++)
        {
            if ((context.Classes[k] & Publication) == 0)
            {
                continue;
            }

            for (var j = Math.Max(0, k - 4); j <= Math.Min(t.Count - 1, k + 4); j++)
            {
                if (t[j].Key is "zoals" or "stond" or "stonden" or "aangekondigd" or "bekendgemaakt" or "gemeld" or "vermeld")
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Leave that is also a health word ("zwangerschapsverlof") within first..last.</summary>
    internal static bool LeaveWord(CheckContext context, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if ((context.Classes[k] & PersonnelChange) != 0 && (context.Classes[k] & Health) != 0)
            {
                return true;
            }
        }

        return false;
    }

    // "ik" or "we" as the subject before the news in its sentence (at most eight words back), with nobody named or
    // pointed out by role between ("ik hoorde dat juf Noor met zwangerschapsverlof gaat" is hers).
    private static bool OwnNews(CheckContext context, int index)
    {
        var tokens = context.Tokens;
        for (var k = index - 1; k >= 0 && k >= index - 8 && tokens[k].Sentence == tokens[index].Sentence; k--)
        {
            if ((context.Classes[k] & (StaffRole | Someone | ThirdPerson)) != 0 || context.PersonStartsAt(k)
                || tokens[k].Key is "dat" or "mijn")
            {
                return false;
            }

            if ((context.Classes[k] & FirstPerson) != 0)
            {
                return true;
            }
        }

        return false;
    }

    public static string What(string tag) => tag switch
    {
        "health" => "gezondheid",
        "discipline" => "gedrag of straf",
        "bullied" => "pesten",
        "grades" => "resultaten",
        "care" => "extra zorg of begeleiding",
        _ => "de thuissituatie",
    };

    // Someone the roster does not know, identified by class, apposition or kinship in this sentence, or in the
    // sentence before when this one points back with a pronoun ("Jesse uit groep 6 … Hij slaapt nu bij zijn vader").
    private static string? Identified(CheckContext context, int sentence) =>
        IdentifiedPerson.InSentence(context, sentence)
        ?? (sentence > 0 && (Nearby.InSentence(context, sentence, ThirdPerson) || Elliptic(context, sentence)) ? IdentifiedPerson.InSentence(context, sentence - 1) : null);

    // A staff role right after "mijn" or "onze" (at most one word between: "mijn duo-collega"), or one of a class or
    // department ("de IB'er van groep 5"), singular: not "onze collega's", "mijn collegas", "onze leerkrachten".
    internal static bool OwnColleague(CheckContext context, int sentence)
    {
        var tokens = context.Tokens;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Sentence != sentence || ((context.Classes[k] & StaffRole) == 0 && !StaffRoleByLastPart(tokens[k].Key)) || tokens[k].Key.EndsWith('s') || tokens[k].Key.EndsWith("en", StringComparison.Ordinal)
                || (k + 1 < tokens.Count && tokens[k + 1].Key == "s"))
            {
                continue;
            }

            if ((k > 0 && (context.Classes[k - 1] & Own) != 0) || (k > 1 && (context.Classes[k - 2] & Own) != 0 && tokens[k - 2].Sentence == sentence)
                || DescribedOwn(context, k))
            {
                return true;
            }

            if (OfOneClass(context, k))
            {
                return true;
            }
        }

        return false;
    }

    // "Onze enige mannelijke leerkracht", "mijn oudste vaste invaller": two attributive adjectives (Dutch inflects them
    // with -e before a common noun) between "onze/mijn" and the role still point out one colleague.
    private static bool DescribedOwn(CheckContext context, int k)
    {
        var tokens = context.Tokens;
        return k > 2 && (context.Classes[k - 3] & Own) != 0 && tokens[k - 3].Sentence == tokens[k].Sentence
            && tokens[k - 2].Key.Length > 2 && tokens[k - 2].Key.EndsWith('e') && tokens[k - 1].Key.Length > 2 && tokens[k - 1].Key.EndsWith('e');
    }

    // "onze gymdocent", "mijn duocollega", "de kleuterjuf": a compound ending in a staff role is one too. Read here, not
    // for every rule by the compound reader: "burgemeester" ends in "meester" and is nobody's colleague, but after "onze"
    // with an illness it is as sensitive.
    private static bool StaffRoleByLastPart(string key)
    {
        for (var i = 3; i + 3 <= key.Length; i++)
        {
            if ((Language.WordClasses.Default.Of(key.AsSpan(i)) & StaffRole) != 0)
            {
                return true;
            }
        }

        return false;
    }

    // "De IB'er van groep 5", "de juf van de onderbouw", "de conciërge van onze school": a role of which a class, a
    // department or the school has one points out one person. The role's own apostrophe part ("ib'er") may come between.
    private static bool OfOneClass(CheckContext context, int k)
    {
        var tokens = context.Tokens;
        var sentence = tokens[k].Sentence;
        var of = k + 1 < tokens.Count && tokens[k + 1].Key == "er" ? k + 2 : k + 1;
        var opens = k == 0 || tokens[k - 1].Sentence != sentence;
        // Thirty-fourth pass (school30): "de intern begeleider van de onderbouw": one word of the role's name between.
        var article = k > 0 && (tokens[k - 1].Key is "de" or "het" || (k > 1 && tokens[k - 2].Key is "de" or "het" && tokens[k - 2].Sentence == sentence && tokens[k - 1].Key is "intern" or "remedial" or "vaste"));
        if (of + 1 >= tokens.Count || tokens[of].Key != "van" || !(opens || article))
        {
            return false;
        }

        for (var j = of + 1; j <= of + 3 && j < tokens.Count && tokens[j].Sentence == sentence; j++)
        {
            if ((context.Classes[j] & ClassGroup) != 0 || tokens[j].Key.EndsWith("bouw", StringComparison.Ordinal)
                || (tokens[j].Key is "school" or "locatie" && (context.Classes[j - 1] & Own) != 0))
            {
                return true;
            }
        }

        return false;
    }

    // "Welkom terug, Jeroen! Fijn dat je na je ziekteverlof hersteld bent.": the person greeted by name in the
    // sentence before is the "je" of this one.
    internal static PersonMention? Addressed(CheckContext context, int sentence) =>
        sentence > 0 && Nearby.InSentence(context, sentence, SecondPerson)
            ? Mentions.InSentence(context, sentence - 1)
            : null;

    private static bool ReplyPerson(CheckContext context, int sentence)
    {
        foreach (var t in context.Tokens)
        {
            if (t.Sentence == sentence && t.Key is "hij" or "zij" or "ze" or "zoon" or "dochter" or "kind" or "je" or "jij" or "jouw" or "jongen" or "meisje")
            {
                return true;
            }
        }

        return false;
    }

    // "Trots op Julia! Vorige keer een 4 voor rekenen en nu een 8,5.": a sentence without a person of its
    // own (no pronoun, no name, no role) goes on about the person the sentence before named.
    private static bool Elliptic(CheckContext context, int sentence) =>
        sentence > 0 && !Nearby.InSentence(context, sentence, ThirdPerson | FirstPerson | SecondPerson | Someone)
        && !(Mentions.InSentence(context, sentence) is not null);
}
