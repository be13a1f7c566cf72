using Protocolwacht.Checks.Normalisation;

namespace Protocolwacht.Checks.Rules.PersonalDataJudges;

/// <summary>
/// A person the roster does not know, made identifiable by the words around them (spec: "sensitive data about an
/// identifiable person"): a first name with the pupil's class ("Ruben uit mijn groep", "Levi (groep 5)"), a
/// first name set beside a word for a child ("een jongen, Sven, wiens …", "Puck, het meisje met …"), or a relative
/// of someone identifiable ("de zoon van onze conciërge", "de vader van Levi"). Returns the words that identify, for
/// the finding's message.
/// </summary>
internal static partial class IdentifiedPerson
{
    private static readonly ClassMask ClassGroup = Nearby.Class("class-group");
    private static readonly ClassMask Kin = Nearby.Class("kin");
    private static readonly ClassMask StaffRole = Nearby.Class("staff-role");
    private static readonly ClassMask Own = Nearby.Class("first-possessive");
    private static readonly ClassMask Child = Nearby.Class("school-person") | Nearby.Class("person");
    private static readonly ClassMask Animal = Nearby.Class("animal");
    private static readonly ClassMask Copula = Nearby.Class("copula");
    private static readonly ClassMask StateVerb = Nearby.Class("state-verb");
    private static readonly ClassMask Mishap = Nearby.Class("mishap");
    private static readonly ClassMask Group = Nearby.Class("protected-group");
    private static readonly ClassMask Fiction = Nearby.Class("fiction");

    public static string? InSentence(CheckContext context, int sentence)
    {
        var tokens = context.Tokens;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Sentence != sentence)
            {
                continue;
            }

            if ((FirstName(context, k) && (WithClass(context, k) || BesideChild(context, k) || KnownName(context, k)))
                || OpensWithNameAndClass(context, k) || OpensWithApposition(context, k)
                || OpensWithPersonName(context, k) || OpensWithNameInRole(context, k) || UnnamedWithClass(context, k) || PointedWithClass(context, k) || DescribedWithClass(context, k)
                || OneOfMine(context, k)
                || ClassWordNamedWithClass(context, k))
            {
                var (start, end) = context.SpanOf(k, k);
                return context.Quote(start, end);
            }

            if (Relative(context, k) is { } relative)
            {
                return relative;
            }
        }

        return null;
    }

    /// <summary>A relative pointed out through someone identifiable: the fact in the sentence is theirs.</summary>
    public static bool RelativeInSentence(CheckContext context, int sentence)
    {
        for (var k = 0; k < context.Tokens.Count; k++)
        {
            if (context.Tokens[k].Sentence == sentence && Relative(context, k) is not null)
            {
                return true;
            }
        }

        return false;
    }

    // A capitalised word of letters that no word class knows, inside a sentence (at its start every word is
    // capitalised). The dictionary cannot tell names apart: OpenTaal lists first names too, folded to lower case.
    private static bool FirstName(CheckContext context, int k)
    {
        var t = context.Tokens[k];
        var opensSentence = k == 0 || context.Tokens[k - 1].Sentence != t.Sentence;
        return !opensSentence && Capitalised(context, k);
    }

    // Twenty-fourth pass (rules20): a first name that is also a class word ("Wolf", "Beer", "Storm"), capitalised inside a
    // sentence right before "uit/van (mijn) groep|klas": the class says who it is. Not a word for a person, a relative, a
    // group or a class ("… de Kleuters uit groep 2"), and not at the start of a sentence, where headings put a capital on
    // any word ("Werk uit groep 6", "Nieuws uit groep 3").
    private static bool ClassWordNamedWithClass(CheckContext context, int k)
    {
        var tokens = context.Tokens;
        var t = tokens[k];
        return k > 0 && tokens[k - 1].Sentence == t.Sentence && t.Has(TokenFlags.Capitalised) && t.Has(TokenFlags.Letters) && !t.Has(TokenFlags.Digits)
            && t.Key.Length is >= 2 and <= 8 && context.Classes[k] != default && (context.Classes[k] & (Child | Group | ClassGroup | StaffRole | Kin)) == 0
            && !(t.Key.Length > 5 && t.Key.EndsWith("en", StringComparison.Ordinal)) && k + 1 < tokens.Count && tokens[k + 1].Key is "uit" or "van"
            && WithClass(context, k);
    }

    private static bool Capitalised(CheckContext context, int k)
    {
        var t = context.Tokens[k];
        // Thirty-seventh pass (school33): or a name written in chat spelling, lower case (`RosterIndex.ChatCased`).
        return t.Has(TokenFlags.Letters) && !t.Has(TokenFlags.Digits) && t.Key.Length >= 2 && context.Classes[k] == default
            && (t.Has(TokenFlags.Capitalised) || PersonalData.RosterIndex.ChatCased(t));
    }

    // "Bram uit groep 8 is geschorst", "Thijs (groep 7)": at the start of a sentence only the tight form counts, a
    // short word with no class and no plural ending right before "uit/van (mijn) groep|klas" or a bracketed class
    // ("Tekeningen uit groep 5" is no name).
    private static bool OpensWithNameAndClass(CheckContext context, int k)
    {
        var t = context.Tokens[k];
        var opensSentence = k == 0 || context.Tokens[k - 1].Sentence != t.Sentence;
        return opensSentence && Capitalised(context, k) && t.Key.Length <= 8 && !(t.Key.Length > 5 && t.Key.EndsWith("en", StringComparison.Ordinal))
            && k + 1 < context.Tokens.Count && (context.Tokens[k + 1].Key is "uit" or "van" || Bracketed(context, k)) && WithClass(context, k);
    }

    // "Sem, onze kleinste kleuter, …", "Roos, een van onze oudste leerlingen, …", "Wout, mijn rekenwonder van vorig jaar, …":
    // a capitalised word opening the sentence, a comma, and an apposition that closes with a comma further on: a word
    // for a child or a person after an article ("de stoerste jongen van mijn klas"), or anything after "mijn"/"onze"
    // (one's own pupil). Only the apposition makes the opening word a name: OpenTaal lists first names as words too.
    private static bool OpensWithApposition(CheckContext context, int k)
    {
        var tokens = context.Tokens;
        var t = tokens[k];
        var opensSentence = k == 0 || tokens[k - 1].Sentence != t.Sentence;
        if (!opensSentence || !Capitalised(context, k) || t.Key.Length > 10 || !CommaAfter(context, k))
        {
            return false;
        }

        var j = k + 1;
        if (j + 1 < tokens.Count && tokens[j].Key == "een" && tokens[j + 1].Key == "van")
        {
            j += 2;
        }

        if (j >= tokens.Count || tokens[j].Sentence != t.Sentence)
        {
            return false;
        }

        var own = (context.Classes[j] & Own) != 0;
        if (!own && tokens[j].Key is not ("de" or "het" or "een"))
        {
            return false;
        }

        for (var m = j + 1; m < tokens.Count - 1 && m <= j + 8 && tokens[m + 1].Sentence == t.Sentence; m++)
        {
            if (!CommaAfter(context, m))
            {
                continue;
            }

            // "Floor, onze hond, …": a pet, not a child.
            if (AnimalBetween(context, j + 1, m))
            {
                return false;
            }

            if (own)
            {
                return true;
            }

            // Stop 55 (lead): "Thijmen, de kleinste van groep 1/2, …", "Saar, de snelste van de klas, …": ranked within a
            // class, the apposition says a pupil as a word for a child does.
            for (var p = j + 1; p <= m; p++)
            {
                if ((context.Classes[p] & (Child | ClassGroup)) != 0)
                {
                    return true;
                }
            }

            return false;
        }

        return false;
    }

    // "Sofie viel gisteren van het klimrek", "Lotte is deze week thuis met …": a sentence opening with a word the dictionary
    // knows only as a person's name (Language/PersonNames), not set off by a comma (an apposition says who it is: "Floor,
    // onze hond, …"). Only a sentence with a sensitive fact asks. Stop 55 (lead): so does the first name of someone on the
    // organisation's roster that the dictionary also knows as a word ("Kees is opgenomen in het ziekenhuis": kees is a
    // dog too): among the school's own people the name is a person.
    private static bool OpensWithPersonName(CheckContext context, int k)
    {
        var tokens = context.Tokens;
        var t = tokens[k];
        var opensSentence = k == 0 || tokens[k - 1].Sentence != t.Sentence;
        return opensSentence && Capitalised(context, k) && k + 1 < tokens.Count && tokens[k + 1].Sentence == t.Sentence
            && (!CommaAfter(context, k) || PointedBackAfterComma(context, k))
            && (Language.PersonNames.Contains(t.Key) || context.Resources.Roster.IsFirstName(t.Key));
    }

    // "Roos heeft haar arm gebroken", "Thomas heeft klierkoorts, dus hij mist …", "Bram en Fleur uit groep 8 …": a
    // sentence opening with a capitalised word the dictionary also knows as a common noun ("roos", "fleur", "bram"; so
    // names.txt leaves it out) is a name when the sentence gives it a person's role: a pupil's class after a second name
    // joined by "en", or the word as the subject of a singular verb of having, being, lying or getting (`state-verb`)
    // with a singular pronoun further on that points back to it (hij, zij, ze, hem, haar, zijn). A common noun used as
    // one takes an article ("De roos …"). An adverb opening the sentence is followed by the verb too ("Gisteren heeft
    // zij …", "Daarna is de juf …"), but then the subject comes right after the verb; "Roos is een bloem" (a copula and
    // an article) defines the word.
    private static bool OpensWithNameInRole(CheckContext context, int k)
    {
        var tokens = context.Tokens;
        var t = tokens[k];
        var opensSentence = k == 0 || tokens[k - 1].Sentence != t.Sentence;
        if (!opensSentence || !Capitalised(context, k) || t.Key.Length > 10 || CommaAfter(context, k) || k + 2 >= tokens.Count
            || tokens[k + 2].Sentence != t.Sentence)
        {
            return false;
        }

        if (tokens[k + 1].Key == "en" && Capitalised(context, k + 2) && WithClass(context, k + 2))
        {
            return true;
        }

        var verb = tokens[k + 1];
        var after = tokens[k + 2];
        if (!FiniteSingular(context, k + 1) || verb.Key.EndsWith("en", StringComparison.Ordinal) || verb.Key == "zijn"
            || after.Key is "hij" or "zij" or "ze" or "ik" or "we" or "wij" or "jij" or "je" or "u" or "er" or "het" or "de" or "een" or "dit" or "dat" or "die" or "deze"
            || after.Has(TokenFlags.Capitalised) || ((context.Classes[k + 1] & Copula) != 0 && after.Key is "een"))
        {
            return false;
        }

        for (var j = k + 2; j < tokens.Count && tokens[j].Sentence == t.Sentence; j++)
        {
            if (tokens[j].Key is "hij" or "zij" or "ze" or "hem" or "haar" || (tokens[j].Key == "zijn" && tokens[j - 1].Key != "te"))
            {
                return true;
            }
        }

        return false;
    }

    // A singular finite verb right after the opening word: one of having, being, lying or getting (`state-verb`), a mishap
    // (viel, gleed), or any verb told in the weak past ("fietste", "struikelde", "rende": a stem whose infinitive the
    // dictionary knows, with -te or -de). What a child did is told with such a verb as much as what it has.
    private static bool FiniteSingular(CheckContext context, int k)
    {
        if ((context.Classes[k] & (StateVerb | Mishap)) != 0)
        {
            return true;
        }

        var key = context.Tokens[k].Key;
        if (key.Length < 5 || !(key.EndsWith("te", StringComparison.Ordinal) || key.EndsWith("de", StringComparison.Ordinal)) || context.Tokens[k].Has(TokenFlags.Capitalised))
        {
            return false;
        }

        var stem = key[..^2];
        return Language.DictionaryWords.Contains(stem + "en") || Language.DictionaryWords.Contains(stem + stem[^1] + "en");
    }

    // "Een jongen uit mijn groep 3 woont …", "een meisje uit groep 7 is …": a child or a person told without a name but
    // with the class they are in is one of some twenty-five, known to every parent of that class (spec: "an identifiable
    // person"). Singular only: "een" before the word; "elke leerling uit groep 8" and "de kinderen uit groep 3" are a class.
    private static bool UnnamedWithClass(CheckContext context, int k) =>
        k > 0 && context.Tokens[k - 1].Key == "een" && context.Tokens[k - 1].Sentence == context.Tokens[k].Sentence
        && (context.Classes[k] & Child) != 0 && WithClass(context, k);

    private static bool CommaAfter(CheckContext context, int k)
    {
        var tokens = context.Tokens;
        return k + 1 < tokens.Count && tokens[k + 1].Start > tokens[k].End
            && context.Text.Folded.AsSpan(tokens[k].End, tokens[k + 1].Start - tokens[k].End).Contains(',');
    }

    private static bool AnimalBetween(CheckContext context, int from, int to)
    {
        for (var p = from; p <= to; p++)
        {
            if ((context.Classes[p] & Animal) != 0 || AnimalCompound(context.Tokens[p].Key))
            {
                return true;
            }
        }

        return false;
    }

    // "onze klassenkat", "het klassenkonijn", "de schoolhamster": a compound whose last part is an animal is one. Animals
    // are not read as compound heads everywhere (a "computermuis" is no mouse in an insult); a pet's apposition asks here.
    private static bool AnimalCompound(string key)
    {
        for (var i = 3; i <= key.Length - 3; i++)
        {
            if ((Language.WordClasses.Default.Of(key.AsSpan(i)) & Animal) != 0)
            {
                return true;
            }
        }

        return false;
    }

    // "Thijs (groep 7)": a bracket between the name and what follows.
    private static bool Bracketed(CheckContext context, int k)
    {
        var tokens = context.Tokens;
        return tokens[k + 1].Start > tokens[k].End && context.Text.Folded.AsSpan(tokens[k].End, tokens[k + 1].Start - tokens[k].End).Contains('(');
    }

    // "Jesse uit groep 6", "Timo uit mijn groep", "Levi (groep 5)", "Bram van klas 3b".
    private static bool WithClass(CheckContext context, int k)
    {
        var tokens = context.Tokens;
        var j = k + 1;
        if (j < tokens.Count && tokens[j].Key is "uit" or "van" or "in")
        {
            j++;
        }

        if (j < tokens.Count && ((context.Classes[j] & Own) != 0 || tokens[j].Key is "de" or "het"))
        {
            j++;
        }

        return j < tokens.Count && j - k <= 3 && tokens[j].Sentence == tokens[k].Sentence && (context.Classes[j] & ClassGroup) != 0
            && !tokens[j].Key.EndsWith("en", StringComparison.Ordinal);
    }

    // "een jongen, Sven, wiens moeder …", "Puck, het meisje met de rode vlechten": a name in apposition to a child.
    private static bool BesideChild(CheckContext context, int k)
    {
        var tokens = context.Tokens;
        var text = context.Text.Folded;
        var commaBefore = k > 1 && tokens[k - 1].End < tokens[k].Start && text.AsSpan(tokens[k - 1].End, tokens[k].Start - tokens[k - 1].End).Contains(',');
        if (commaBefore && (context.Classes[k - 1] & Child) != 0)
        {
            return true;
        }

        var commaAfter = k + 2 < tokens.Count && text.AsSpan(tokens[k].End, tokens[k + 1].Start - tokens[k].End).Contains(',');
        return commaAfter && tokens[k + 1].Key is "het" or "de" or "een" && (context.Classes[k + 2] & Child) != 0;
    }

    // "de zoon van onze conciërge", "de vader van Levi", "het broertje van Jurre".
    private static string? Relative(CheckContext context, int k)
    {
        var tokens = context.Tokens;
        if ((context.Classes[k] & Kin) == 0 || k + 2 >= tokens.Count || tokens[k + 1].Key != "van" || tokens[k + 2].Sentence != tokens[k].Sentence)
        {
            return null;
        }

        var who = k + 2;
        if ((context.Classes[who] & Own) != 0 && who + 1 < tokens.Count && (context.Classes[who + 1] & StaffRole) != 0)
        {
            return $"{tokens[k].Key} van {tokens[who].Key} {tokens[who + 1].Key}";
        }

        var named = context.PersonStartsAt(who) || FirstName(context, who)
            || (who + 1 < tokens.Count && tokens[who + 1].Sentence == tokens[k].Sentence && UnnamedWithClass(context, who + 1));
        return named ? $"{tokens[k].Key} van {tokens[who].Key}" : null;
    }
}
