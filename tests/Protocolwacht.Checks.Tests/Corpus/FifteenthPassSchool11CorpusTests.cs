namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The fifteenth pass's school batches (helper school11): the tuning batch, written before the engine saw it, and its
/// held-out batch, run once at the end. Floors as in <see cref="DevCorpusTests"/>.
/// </summary>
public class FifteenthPassSchool11CorpusTests
{
    /// <summary>
    /// 56 posts written by helper school11 at the start of the fifteenth pass, from the spec and before any run of the
    /// engine (28 blockable or doubtful: injuries told with the body part first, stitches, a parent or sibling lost, a
    /// foster family, a child taken into care, a pupil told without a name but with the author's class; names that are
    /// also an animal or a plant as the subject of an action verb; a colleague applying elsewhere or invited for a talk at
    /// another school; "onder ons" budget news; leaders' "pas als … dan", "kan pas slagen als", "het wordt (hoog) tijd dat";
    /// a picture book photographed page by page, a workbook's pages scanned, a manual scanned sheet by sheet, a method's
    /// videos posted behind the publisher's back; replies holding a rule against a parent; complaints about a failing
    /// board, the board's plans and a cold classroom; 28 allowed look-alikes: class pets, a blackbird, "achter gesloten
    /// deuren" as a film and an open day, a first-aid lesson, an animal shelter, a guardian as a profession, one's own
    /// application, a vacancy, plans and thanks from leaders, own material scanned, permission given, "namens Konot").
    /// First pass (rules + model): 0.714 / missed-block 0.389 (7/18) / false-block 0.000 (0/28); after the pass (built on
    /// its misses) 0.982 / 0.000 / 0.000. Left: sarcasm about a cold classroom without a grievance word (-20).
    /// </summary>
    [Fact]
    public void Fresh21School11Corpus_HoldsItsGround() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh21-school11.jsonl")), "fresh21-school11", 0.98, 0.0, 0.0, 0.0);

    /// <summary>
    /// 54 posts written with fresh21-school11 in another voice and with other words (27 allowed), committed with it before
    /// any rule changed and run once at the end of the pass: 0.852 / missed-block 0.222 (4/18) / false-block 0.037 (1/27);
    /// the engine before the pass scores 0.667 / 0.444 (8/18) / 0.037 on it. The floors are that run. Misses, as classes
    /// for the next pass: a roster name after an inverted verb with the author at another school ("Sinds het overlijden
    /// van zijn vader is Mohammed …"); "scholen worden pas echt inclusief als" (a copula, not a verb of success); works
    /// whose compound starts with a verb stem ("voorleesboek", "rekenschrift": the compound reader accepts only a word as
    /// first part); the network "ligt eruit" (no facility word, no "doet het niet"); an unnamed colleague by function
    /// ("onze administratief medewerker") with a burn-out. Wrongly stopped, before the pass too: a pupil playing a
    /// guardian in a school play ("speelde Noah een strenge voogd") read as a family fact; an invitation to come by read
    /// as discussion (doubt). The sixteenth pass (school12) ran it at its start and worked on these misses as classes: it is
    /// tuning since then, no longer a held-out measure, and its floors follow that pass's result, 0.944 / 0.056 (1/18) /
    /// 0.000 (left: the roster name after an inverted verb, the copula with "pas … als", the invitation read as
    /// discussion).
    /// </summary>
    [Fact]
    public void Fresh21School11HeldOutCorpus_FirstRunFloors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh21-school11-heldout.jsonl")), "fresh21-school11-heldout", 0.94, 0.06, 0.0, 0.0);
}
