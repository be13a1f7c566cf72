namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The thirty-first pass's threat, insult and complaint batches (helper rules27): the tuning batch, written before the
/// engine saw it, and its held-out batch. Floors as in <see cref="DevCorpusTests"/>, for the rules and the shipped model of
/// this branch (the lead adjusts them after retraining).
/// </summary>
public class ThirtyFirstPassRules27CorpusTests
{
    /// <summary>
    /// 55 posts written for the thirty-first pass from the spec and the brief's classes before any rule changed (2be863ff,
    /// on c5852e95): 26 threats and insults to stop (teeth picked up, not upright any more, carried away, an ambulance
    /// arranged, not knowing what befalls someone; a walking office thing, a cold or dull comparison, a faculty of a paving
    /// stone; a humiliation not forgotten or paid back; an animal emoji or word for a boy, a colleague or a mother), 4
    /// rhetorical questions about a policy (doubt) and 25 allowed look-alikes. First pass (rules + model, the engine of
    /// c5852e95): 0.691 / missed-block 0.423 (11/26) / false-block 0.040 (1/25). After the pass: 0.982 / 0.000 (0/26) /
    /// 0.040 (1/25). Still wrong: a stick insect named "Stokkie" is read as an insult (on c5852e95 already).
    /// </summary>
    [Fact]
    public void Fresh37Rules27Corpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh37-rules27.jsonl")), "fresh37-rules27", 0.98, 0.0, 0.05, 0.0);

    /// <summary>
    /// 55 posts written with fresh37-rules27 in another voice and with other words (26 to stop, 4 rhetorical questions, 25
    /// allowed), committed with it before any rule changed (2be863ff), never tuned on: the engine of c5852e95 0.600 /
    /// missed-block 0.500 (13/26) / false-block 0.080 (2/25); after the pass 0.618 / 0.500 (13/26) / 0.080 (2/25). Run
    /// twice: at the start and at the end; its wrong posts were read only after the last run. The same author wrote both
    /// batches, so this is no independent measure; its words (gebit, voortanden, fietspad, huisartsenpost, ziekenwagen,
    /// checklist, formulier, strijkplank, bushokje, hartelijk, "te kijk", "voor joker", jochie, "op het idee komen") were
    /// kept out of the classes on purpose. Still wrong: teeth taken along "in een zakje" or sought on a cycle path, "wat
    /// haar boven het hoofd hangt", carried "van het veld", an out-of-hours doctor called or an ambulance ordered for
    /// someone, "dan zul je zien wat er met je gebeurt" (no "keer" or "eens"), a checklist, a form, an ironing board, a bus
    /// shelter and "hartelijk" as dull comparisons, "te kijk gezet … dat pak ik hem terug", "dat komt nog wel terug", "dit
    /// krijgt een staartje", "jochie" (no form of joch in the table), "wie komt er op het idee" and "wie heeft … besloten";
    /// and two older false blocks (a funeral of a former director read as a colleague's home situation, a fallen player's
    /// ambulance read as a threat).
    /// </summary>
    [Fact]
    public void Fresh37Rules27HeldOutCorpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh37-rules27-heldout.jsonl")), "fresh37-rules27-heldout", 0.61, 0.50, 0.09, 0.0);
}
