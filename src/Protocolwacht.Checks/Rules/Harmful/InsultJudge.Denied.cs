namespace Protocolwacht.Checks.Rules.Harmful;

// Twenty-seventh pass (hate23): an insult noun denied: "X zijn totaal geen profiteurs", "die collega is geen luilak",
// "zijn echt niet allemaal zakkenrollers". A negation up to three words before the noun in its clause turns the insult
// into its denial, which is praise or a correction, said of a group or of one person. "Doe niet zo'n sukkel" tells
// someone to stop being one, and "niet alleen … maar ook" adds to the insult (Sentence.NegatedAt reads that already).
internal static partial class InsultJudge
{
    public static bool Denied(CheckContext context, Sentence s, int k) =>
        s.NegatedAt(context, k, 3) && !Sentence.ZoN(context, k - 1);
}
