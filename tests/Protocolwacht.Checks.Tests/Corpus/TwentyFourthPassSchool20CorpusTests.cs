namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The twenty-fourth pass's school batches (helper school20): the tuning batch, written before the engine saw it, and its
/// held-out batch. Floors as in <see cref="DevCorpusTests"/>, for the rules and the shipped model of this branch (the
/// lead adjusts them after retraining).
/// </summary>
public class TwentyFourthPassSchool20CorpusTests
{
    /// <summary>
    /// 55 posts written for the twenty-fourth pass from the spec and the brief's classes before any rule changed (447d34f,
    /// on 222a158): 28 to stop (a promised wait, radiators that "blijven koud", "het blijft tochten", "niemand heeft ons iets
    /// gevraagd", "nog zes weken met deze groep", "een lang jaar met dit stel", "zo werkt het niet bij ons", decisions by a
    /// split verb ("schaft … af", "voert … in", "legt … op"); a named pupil kept "na de bel" or who "gaat niet mee
    /// schaatsen/op kamp"; a voorleesbundel, prentenboek or kinderboek read in whole and put online; "tof", "gaaf", "vet",
    /// "super chill" on a Konot or school account; the own class "niet vooruit te branden", "niet te harden", "geen
    /// beginnen aan") and 27 allowed look-alikes (a pupil staying to help or missing an outing for a match of their own, a
    /// picture book read in the circle, fat in a cooking lesson, slang on a personal account, "Wat een fantastische klas",
    /// a cabinet or a municipality deciding "zonder … te raadplegen", "extra" as an amount). First pass (rules + model, the
    /// engine of 222a158): 0.655 / missed-block 0.625 (5/8) / false-block 0.000 (0/27). After the pass: 1.000 / 0.000 (0/8) / 0.000 (0/27).
    /// </summary>
    [Fact]
    public void Fresh30School20Corpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh30-school20.jsonl")), "fresh30-school20", 0.98, 0.0, 0.0, 0.0);

    /// <summary>
    /// 55 posts written with fresh30-school20 in another voice and with other words (29 to stop, 26 allowed), committed
    /// with it before any rule changed (447d34f), never tuned on: the engine of 222a158 0.509 / missed-block 0.750 (6/8) /
    /// false-block 0.038 (1/26); after the pass 0.727 / 0.750 (6/8) / 0.038 (1/26). Run twice (start and end); its wrong
    /// posts were read only after the last run (a whole-corpus comparison during the pass listed which of its posts had
    /// changed, before the end; nothing was changed for them). The same author wrote both batches, so this is no
    /// independent measure. Still wrong: "We blijven hopen op … toegezegd" (no wait verb), heating that "slaat steeds af", a
    /// rhetorical "Is er iemand die het team heeft gevraagd …? Nee dus.", "duurt lang met dit groepje", "voert … in, het
    /// team mag het in de kerstvakantie leren", "mijn achtstegroepers zijn onmogelijk" (the compound is no `pupil`);
    /// pupils kept "omdat ze niet wilde luisteren" (the line's "wilde", a pupil's own wish, is read without its negation),
    /// "niet mee naar de ijsbaan" (no `school-activity`), "mag na de bel … blijven zitten"
    /// (doubted for the name only); children's books "van voor tot achter ingelezen", "helemaal ingesproken" without a
    /// title, "het hele kinderboek nu online" without a recording word, "drie prentenboeken … gescand"; blocked: a pupil on
    /// "trainingskamp" (read as "kamp"); doubted: "Niemand heeft ons iets gevraagd, toch kwamen er … opa's en oma's helpen"
    /// (the thanks is in the next sentence).
    /// </summary>
    [Fact]
    public void Fresh30School20HeldOutCorpus_FirstRunFloors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh30-school20-heldout.jsonl")), "fresh30-school20-heldout", 0.72, 0.75, 0.04, 0.0);
}
