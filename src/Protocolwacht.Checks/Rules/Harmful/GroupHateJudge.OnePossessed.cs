namespace Protocolwacht.Checks.Rules.Harmful;

// Stop 50 (lead): "Mijn vrouw is er minder blij mee dan ik", "haar man": a group word that is also a word of kin (man,
// vrouw), singular, after a possessive, is one person of someone's life, not the group, so what the sentence says is
// said of that person (the insult and threat judges read it). A plural ("onze vrouwen"), a religion or an origin ("mijn
// moslim collega moet terug naar zijn land": review fix) and an adjective ("mijn Turkse buurman") still name the group.
internal static partial class GroupHateJudge
{
    private static bool OnePossessed(CheckContext context, Sentence s, int group)
    {
        var c = context.Classes;
        var key = context.Tokens[group].Key;
        return group > s.First && (c[group] & Words.Slur) == 0 && (c[group] & Words.Kin) != 0 && (c[group - 1] & (Words.FirstPossessive | Words.OthersPossessive)) != 0
            && !(key.EndsWith("en", StringComparison.Ordinal) || key.EndsWith('s') || key.EndsWith('e'));
    }
}
