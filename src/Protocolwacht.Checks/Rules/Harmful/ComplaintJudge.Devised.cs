using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Checks.Rules.Harmful;

// Thirty-first pass (rules27): "who thought this up?" asked of a policy on a personal account ("Wie heeft dat nieuwe
// rooster eigenlijk bedacht? Niemand die voor de klas staat.", "Wie verzint zoiets? Drie vergaderingen in één week over
// het nieuwe beleid."): a sentence opening with "wie" and a verb of devising (class `devise`), ending in a question mark,
// with the organisation or its work (the rhetorical question's `AskedAbout`) in it or in the sentence after. Praise,
// thanks or approval in either sentence make it a real question or a compliment ("Wie heeft dit mooie plan bedacht? Onze
// leerlingenraad!"); a story, a name or a class project has no policy to ask about ("Wie verzint zulke mooie verhalen?").
// On the school's own account the question is the school's own (a contest for a name), so only a personal account.
internal static partial class ComplaintJudge
{
    private static readonly ClassMask Devise = Language.WordClasses.Default.Mask("devise");

    private static (int, int)? Devised(CheckContext context, List<Sentence> sentences)
    {
        if (context.Request.Account.Kind != AccountKind.Personal || (context.PostClasses & Devise) == 0)
        {
            return null;
        }

        var c = context.Classes;
        for (var si = 0; si < sentences.Count; si++)
        {
            var s = sentences[si];
            if (context.Tokens[s.First].Key != "wie" || !s.Has(c, Devise) || !Asked(context, s))
            {
                continue;
            }

            var next = si + 1 < sentences.Count ? sentences[si + 1] : s;
            if ((s.Has(c, AskedAbout) || next.Has(c, AskedAbout)) && !s.Has(c, Words.Positive | Words.Gratitude | Words.Approval | Words.NationalGovernment)
                && !next.Has(c, Words.Positive | Words.Gratitude | Words.Approval))
            {
                return (s.First, s.Last);
            }
        }

        return null;
    }
}
