namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The thirty-seventh pass's school batch (helper school33, issue 9, stop 56): the held-out batch. Its tuning batch (36
/// posts, 18 to stop, 18 allowed look-alikes) lives outside the corpus folder (`/work/notes/fresh43-school33-tune.jsonl`) so
/// it does not become a training file; there it went from 0.806 / missed-block 0.267 (4/15) / false-block 0.056 (1/18) to
/// 1.000 / 0 / 0. Floors as in <see cref="DevCorpusTests"/>, for the rules and the shipped model of this branch.
/// </summary>
public class ThirtySeventhPassSchool33CorpusTests
{
    /// <summary>
    /// 36 posts written with the tuning batch in another voice (lower case, chat spelling, emoji, longer posts) and other
    /// words (15 to block, 3 doubt, 18 allowed), committed alone before any rule changed (f00bfc67, on d49c76c6), never tuned
    /// on: the engine of d49c76c6 0.611 / missed-block 0.467 (7/15) / false-block 0.111 (2/18); after the pass 0.750 / 0.200
    /// (3/15) / 0.056 (1/18). Run at the start, once in the middle (figures only) and at the end; its wrong posts were read
    /// only after the last run. The same author wrote both batches, so this is no independent measure. Still wrong: a pity
    /// "als er iets misging" after the addressee's daughter's hockey day (only doubt: "misgaan" is not in the pity line's
    /// verbs), "ik weet welke flat het is en op welke verdieping. tot snel 🙂" to a parent (doubt), "zonde als ie ineens weg
    /// is 🔥" about someone's scooter (allowed: a thing gone is no damage word), "we weten allemaal waar je tuinhuisje staat
    /// hè 😏" (doubt), corridor news about the management's plan for the timetable (`wandelgangennieuws` as one word is no
    /// hearsay word), "volgens mij krijgt de juf van groep 6 geen nieuw contract, kreeg ik net te horen" (a contract is no
    /// personnel change yet), "voor 1 van mijn kleuters is een zorgmelding gemaakt" (a care report is no sensitive word), a
    /// director's "als je t mij vraagt moet de inspectie …" (advice, not the leader's opinion), and "die idiote titels" of
    /// children's books blocked as an insult (the label says allowed: titles are no people). The lead relabelled post 29 ("ik
    /// ben vandaag 29 geworden …") from allow to personal-data block at the merge: the age on the day names the date of
    /// birth (the lead's ruling of stop 56, as the eighteenth pass decided); the figures above count it as labelled then.
    /// </summary>
    [Fact]
    public void Fresh43School33HeldOutCorpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh43-school33-heldout.jsonl")), "fresh43-school33-heldout", 0.74, 0.21, 0.06, 0.0);
}
