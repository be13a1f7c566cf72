namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The thirty-ninth pass's group-hate batch (helper hate35, issue 9): the held-out batch, written with the tuning batch
/// (`/work/notes/fresh45-hate35-tune.jsonl`, not committed: a non-held-out file here would become a training file of the
/// second opinion) before any rule changed. Floors as in <see cref="DevCorpusTests"/>, for the rules and the shipped model of
/// this branch (the lead adjusts them after retraining).
/// </summary>
public class ThirtyNinthPassHate35CorpusTests
{
    /// <summary>
    /// 36 posts in another voice than the tuning batch (lower case, chat spelling, emoji, longer posts) and with other groups
    /// and words: 18 to block (group words with a digit, letters hyphenated or spaced apart, a dropped or swapped letter, a
    /// missing capital; disgust and preference: "walg van", "maken me kotsmisselijk", "niet uitstaan", "geen X als juf",
    /// "nooit een X aannemen", "liever geen X in de klas"; breeding, flooding, weeds, a plague and a virus said of a group) and
    /// 18 allowed look-alikes (a restaurant, a country, a wedding, a team, a street, not knowing where a group lives, an
    /// identity, disgust at politics, a complaint about moaning, a colleague welcomed, reported hate condemned, wasps,
    /// phones in class, caterpillars, a flooded cellar, news about asylum figures, nettles, counter-speech about breeding).
    /// Committed alone (b2d9d3f7) before any rule changed; run at the start and at the end, its wrong posts read only after
    /// the last run (the before/after comparison over all corpora listed five of its lines as changed before that).
    /// First pass (the engine of 19067b62): 0.778 / missed-block 0.222 (4/18) / false-block 0.056 (1/18). After the pass:
    /// 0.889 / 0.111 (2/18) / 0.056 (1/18). Still wrong: "lesbi3s" (the digit undone gives "lesbies", no group word within
    /// reach of one edit), "nooit een doof iemand aannemen" (an adjective with "iemand" is no group word), the doubt on
    /// disgust at "de politiek van dit kabinet" (the learned second opinion), and the false block of hate reported in
    /// quotes and condemned after it ("iemand zei '…' op het schoolplein, echt schandalig en we hebben het gemeld").
    /// </summary>
    [Fact]
    public void Fresh45Hate35HeldOutCorpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh45-hate35-heldout.jsonl")), "fresh45-hate35-heldout", 0.88, 0.12, 0.06, 0.0);
}
