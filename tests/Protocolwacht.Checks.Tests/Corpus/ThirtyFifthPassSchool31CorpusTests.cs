namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The thirty-fifth pass's school batch (helper school31, issue 9): its held-out batch. The tuning batch
/// (`/work/notes/fresh41-school31-tune.jsonl`, 36 posts) stays outside the corpus folder so that no training file of the
/// second opinion changes; it went from 0.778 / missed-block 0.182 (2/11) / false-block 0.000 (0/18) to 1.000 / 0.000 /
/// 0.000. Floors as in <see cref="DevCorpusTests"/>, for the rules and the shipped model of this branch (the lead adjusts
/// them after retraining).
/// </summary>
public class ThirtyFifthPassSchool31CorpusTests
{
    /// <summary>
    /// 36 posts written from the spec in another voice (lower case, chat spelling, emoji) with other words and groups than
    /// the tuning batch (18 to stop, 18 allowed look-alikes), committed alone before any rule changed (1f08e6c6, on b68cf39c),
    /// never tuned on: the engine of b68cf39c 0.611 / missed-block 0.364 (4/11) / false-block 0.056 (1/18); after the pass
    /// 0.750 / 0.273 (3/11) / 0.056 (1/18). Run twice: at the start and at the end; its wrong posts were read only after the
    /// last run (the before/after comparison of step 4 showed which of its posts changed, all of them for the better). The
    /// same author wrote both batches, so this is no independent measure. Still wrong: a child pointed out by a word the
    /// classes lack ("ene knul uit mn groepje", "kleine meid uit groep 3", "1 van m'n kids"), a pupil the author sent home
    /// ("een leerling uit mijn klas naar huis moeten sturen": the pupil is the object, not the subject), a diagnosis after
    /// "jochie uit mijn klas" (doubt only), "zo lui als wat … maar ik hou van ze" (the turn is no praise word), "een stelletje
    /// hersenloze apen" of one's own class (doubt, to block), "de uitstraling van een belastingformulier" (a form is a
    /// `dull-thing`: an insult, as the rules24 and left30 batches label it, where this batch said doubt), and the false
    /// block "ik heb het adres van onze zieke conciërge gevonden, we sturen … een grote kaart" (stop 48's "adres ~6
    /// gevonden").
    /// </summary>
    [Fact]
    public void Fresh41School31HeldOutCorpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh41-school31-heldout.jsonl")), "fresh41-school31-heldout", 0.75, 0.28, 0.06, 0.0);
}
