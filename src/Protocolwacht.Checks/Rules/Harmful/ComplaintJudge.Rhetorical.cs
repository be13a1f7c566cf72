namespace Protocolwacht.Checks.Rules.Harmful;

// A question at one's own organisation that is no question: "Wanneer gaat het bestuur eens investeren in …?", "Hoe lang
// moeten we nog wachten tot Konot eindelijk …?", "Zou Konot ooit geld vrijmaken voor …?", "Wie op het bestuursbureau denkt
// er eigenlijk na over …?". A question word opens the sentence, the organisation is in it, the sentence ends in a question
// mark, and a particle of impatience ("eens", "ooit", "eindelijk"; "eigenlijk" after "wie" with a verb of thinking or
// listening) says the answer is "never".
// A plain question ("Wanneer is de open dag?", "Wanneer komt het nieuwe rooster online?") has no such particle.
internal static partial class ComplaintJudge
{
    private static readonly ClassMask Heeding = Language.WordClasses.Default.Mask("heeding");
    private static readonly ClassMask CurtAnswer = Language.WordClasses.Default.Mask("curt-answer");
    private static readonly ClassMask AskedAbout = Words.OrganisationTarget | Words.SchoolPerson | Language.WordClasses.Default.Mask("work-measure")
        | Language.WordClasses.Default.Mask("organisation-change") | Language.WordClasses.Default.Mask("consultation")
        | Language.WordClasses.Default.Mask("school-facility");

    // A question about the work answered curtly by the author in the next sentence (twenty-fifth pass, school21): "Is er
    // iemand die de leerkrachten heeft gevraagd …? Nee dus.", "Overleg met het team? Ho maar.", "Inspraak van de ouders bij
    // de fusie? Vergeet het maar.", "Wordt er naar ons geluisterd? Nee hoor." The answer is short (at most four words),
    // opens with a curt answer (class curt-answer) or holds a negation ("Natuurlijk niet.", "Geen sprake van."), and has
    // no praise; the question names the organisation, people at school, the work's meetings and plans, a change or being
    // asked or heard. "Regen op de sportdag? Ho maar, de zon schijnt volop!" asks about the weather. A thing of the building
    // asked after is answered by how long it has not worked (twenty-seventh pass, school23): "Een werkende beamer? Al
    // maanden niet.", "Warm water in de keuken? Sinds de zomervakantie niet meer." An answer that ends in its negation may
    // take six words, as such a span does; "Nee, we gaan naar buiten." does not end in one.
    private static (int, int)? AnsweredByAuthor(CheckContext context, List<Sentence> sentences)
    {
        var c = context.Classes;
        for (var si = 0; si + 1 < sentences.Count; si++)
        {
            var s = sentences[si];
            var answer = sentences[si + 1];
            // An answer asked back ("Vragen? Nee?") is still a question.
            if (answer.Last - answer.First > (EndsInNegation(context, answer) ? 5 : 3) || answer.Has(c, Words.Positive | Words.Gratitude) || !Asked(context, s) || Asked(context, answer)
                || !(s.Has(c, AskedAbout) || (s.Has(c, Heeding) && s.Has(c, Words.FirstPerson))) || s.Has(c, Words.NationalGovernment | Words.SportsOfficial))
            {
                continue;
            }

            if ((c[answer.First] & CurtAnswer) != 0 || answer.Has(c, Words.Negation))
            {
                return (s.First, answer.Last);
            }
        }

        return null;
    }

    // "… niet.", "… niet meer.", "… nooit.": the answer's last word, or the one before "meer", is a negation.
    private static bool EndsInNegation(CheckContext context, Sentence answer)
    {
        var last = context.Tokens[answer.Last].Key == "meer" && answer.Last > answer.First ? answer.Last - 1 : answer.Last;
        return (context.Classes[last] & Words.Negation) != 0;
    }

    private static (int, int)? RhetoricalQuestion(CheckContext context, List<Sentence> sentences)
    {
        var t = context.Tokens;
        var c = context.Classes;
        foreach (var s in sentences)
        {
            var opener = t[s.First].Key;
            if (opener is not ("wanneer" or "hoe" or "wie" or "zou" or "zouden" or "waarom") || !Asked(context, s)
                || !s.Has(c, Words.OrganisationTarget) || s.Has(c, Words.NationalGovernment | Words.SportsOfficial))
            {
                continue;
            }

            for (var k = s.First + 1; k <= s.Last; k++)
            {
                if (t[k].Key is "eens" or "ooit" or "eindelijk" || (opener == "wie" && t[k].Key == "eigenlijk" && ThinksOrListens(context, s)))
                {
                    return (s.First, s.Last);
                }
            }
        }

        return null;
    }

    // "Wie … denkt er eigenlijk na", "wie … luistert eigenlijk": asked who thinks or listens (class heeding), the answer
    // is nobody; "Wie van het bestuur komt er eigenlijk naar de opening?" asks who comes.
    private static bool ThinksOrListens(CheckContext context, Sentence s)
    {
        for (var k = s.First; k <= s.Last; k++)
        {
            if ((context.Classes[k] & Heeding) != 0)
            {
                return true;
            }
        }

        return false;
    }

    // The sentence ends in a question mark.
    private static bool Asked(CheckContext context, Sentence s)
    {
        var folded = context.Text.Folded;
        var end = s.Last + 1 < context.Tokens.Count ? context.Tokens[s.Last + 1].Start : folded.Length;
        return folded.AsSpan(context.Tokens[s.Last].End, end - context.Tokens[s.Last].End).Contains('?');
    }
}
