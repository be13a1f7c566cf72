namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The thirty-eighth pass's held-out batch over threats and copyright (helper school34, issue 9). Its tuning batch
/// (36 posts, /work/notes/fresh44-school34-tune.jsonl) is not committed as a corpus: it would become a training file of the
/// second-opinion model. Floors as in <see cref="DevCorpusTests"/>, for the rules and the shipped model of this branch.
/// </summary>
public class ThirtyEighthPassSchool34CorpusTests
{
    /// <summary>
    /// 36 posts written in another voice than the tuning batch (lower case, chat spelling, emoji) with other words and people
    /// (18 to block: conditional threats with a body aid or a vague menace, property threats, whole works handed out without
    /// a word for "whole"; 18 allowed look-alikes: care, weather, a bicycle check, a game, own material, a publisher's link,
    /// a line quoted with its source, a library visit, a public-domain book, quoted or lower-case titles with an insult word,
    /// fun-runs against a disease, workload told gladly), committed before any rule changed (b86fdb7f), never tuned on. The
    /// engine of 39bec36c: 0.472 (17/36) / missed-block 0.611 (11/18) / false-block 0.111 (2/18); after the pass 0.667
    /// (24/36) / 0.278 (5/18) / 0.111 (2/18). The tuning batch went from 0.528 (19/36) / 0.556 / 0.167 to 1.000 / 0 / 0.
    /// The same author wrote both batches, so this is no independent measure. Still wrong: "kan ie z'n rollator wel bij de
    /// container zetten" and "kan ie z'n eigen brancard alvast klaarzetten" (doubt: a body aid disposed of or set ready is no
    /// pattern), "jouw mooie tesla … kan vannacht maar beter ergens anders staan" (the car and the advice are in two
    /// sentences), "alle delen van wereld in getallen" (lower-case title, "delen" no work word), "digibordlessen van blink
    /// wereld … zet alles op wetransfer" (the work and the carrier in different sentences), "kinderboekenweekgeschenk"
    /// (no work word), "escape room pakketten" (no work word); false blocks: "als de heks je niet redt" in a game (an insult
    /// by comparison), "'de gekke wereld van idiote ivo'" (the insult word inside a quoted title); doubts on allowed posts:
    /// "de huisarts zegt dat" (reported speech, a quote by convention 9: the label allow is arguable), "'het leven is
    /// vurrukkulluk' (remco campert, p. 3)" (a book quoted, no quote by convention 9), "van die achterlijke titels" (a sneer).
    /// </summary>
    [Fact]
    public void Fresh44School34HeldOutCorpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh44-school34-heldout.jsonl")), "fresh44-school34-heldout", 0.66, 0.28, 0.12, 0.0);
}
