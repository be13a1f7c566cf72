namespace Protocolwacht.Checks.Rules.Harmful;

// A decision about the work taken without the people it concerns, told by the adverb, not by a list of verbs of
// complaint: "eenzijdig aangepast", "zonder overleg verdeeld", "over ons hoofd heen besloten", "zonder inspraak van het
// team vastgesteld". A decision "in overleg" is news; "niets gebeurt zonder overleg" praises the school; a government's
// decision is national policy (convention: respectful criticism of it is not harmful).
internal static partial class ComplaintJudge
{
    // The masks are read here, not from another file's fields (SchoolJudgeMaskTests).
    private static readonly ClassMask DecisionVerb = Language.WordClasses.Default.Mask("decision-verb");
    private static readonly ClassMask Consultation = Language.WordClasses.Default.Mask("consultation");

    private static (int, int)? Unilateral(CheckContext context, List<Sentence> sentences)
    {
        var c = context.Classes;
        foreach (var s in sentences)
        {
            if (!s.Has(c, DecisionVerb) || s.Has(c, Words.NationalGovernment))
            {
                continue;
            }

            for (var k = s.First; k <= s.Last; k++)
            {
                if (OverTheHeads(context, s, k) || Eenzijdig(context, k) || ((WithoutAsking(context, s, k) || WithoutUs(context, s, k)) && !s.NegatedAt(context, k, 3)))
                {
                    return (s.First, s.Last);
                }
            }
        }

        return null;
    }

    private static bool Eenzijdig(CheckContext context, int k) => context.Tokens[k].Key is "eenzijdig" or "eenzijdige";

    // "zonder overleg", "zonder enige inspraak", "zonder ons meedenken": "zonder" and a word of consultation within three;
    // a clause of asking reaches further ("zonder dat iemand het ons vroeg", "zonder de ouders of het team te raadplegen").
    private static bool WithoutAsking(CheckContext context, Sentence s, int k)
    {
        if (context.Tokens[k].Key != "zonder")
        {
            return false;
        }

        for (var j = k + 1; j <= Math.Min(s.Last, k + 7); j++)
        {
            if ((context.Classes[j] & Consultation) != 0 && (j <= k + 3 || context.Tokens[j].Key != "overleg"))
            {
                return true;
            }
        }

        return false;
    }

    // Stop 49 (lead): "(het weer eens) zonder ons besloten", "zonder het team beslist": the people it concerns right after
    // "zonder" and the decision right after them, with the organisation in the sentence; "De kinderen hebben zonder ons
    // besloten wat we spelen" names no organisation.
    private static bool WithoutUs(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        if (t[k].Key != "zonder" || k + 2 > s.Last || !s.Has(context.Classes, Words.OrganisationTarget))
        {
            return false;
        }

        var j = t[k + 1].Key is "het" or "de" ? k + 2 : k + 1;
        var concerned = t[j].Key is "ons" or "mij" || (context.Classes[j] & Words.SchoolPerson) != 0;
        return concerned && j + 1 <= s.Last && (context.Classes[j + 1] & DecisionVerb) != 0;
    }

    // "over ons hoofd (heen)", "boven onze hoofden", "over de hoofden van het team".
    private static bool OverTheHeads(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        if (t[k].Key is not ("over" or "boven") || k + 2 > s.Last)
        {
            return false;
        }

        return t[k + 1].Key is "ons" or "onze" or "mijn" or "de" && t[k + 2].Key is "hoofd" or "hoofden";
    }
}
