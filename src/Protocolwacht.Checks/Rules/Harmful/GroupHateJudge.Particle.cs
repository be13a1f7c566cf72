namespace Protocolwacht.Checks.Rules.Harmful;

internal static partial class GroupHateJudge
{
    // Thirty-seventh pass (hate33): "Ik vind Marokkanen niet eng hoor": "hoor" closing a sentence is a modal particle,
    // not "horen" (to belong); read as the verb, the "niet" before it made "horen niet", a group that does not belong.
    // A word that is both keeps only its particle's classes here, where it closes its clause (before a comma or the end of
    // the sentence): "zijn echt geen Nederlanders", "geen echte vrouwen" keep "echt" as the word of belonging it is there.
    private static ClassMask Particle(CheckContext context, Sentence s, int k)
    {
        var w = context.Classes[k];
        // Right after the negation ("een transvrouw als gymjuf? echt niet hoor") it may still be the verb: only a particle
        // after the word the negation denies ("niet eng hoor") is read as one.
        return (w & Words.ModalParticle) != 0 && (w & Words.Belonging) != 0 && (k == s.Last || context.ClauseBreakBetween(k, k + 1))
            && k > s.First && (context.Classes[k - 1] & Words.Negation) == 0
            ? w & ~Words.Belonging : w;
    }

    // Thirty-seventh pass (hate33): "een spastische verlamming", "spastische aandoening": a slur that is also a medical
    // adjective, before a word for a disorder or a state of the body, is the diagnosis ("leerlingen met een spastische
    // verlamming"), not a name for someone.
    private static bool MedicalTerm(CheckContext context, Sentence s, int k) =>
        k < s.Last && (context.Classes[k + 1] & (Words.Pathology | Words.BodyState | Words.Health)) != 0
        && (context.Classes[k + 1] & (Words.Target | Words.Insulting)) == 0;
}
