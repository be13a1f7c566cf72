namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The twenty-fifth pass's school batches (helper school21): the tuning batch, written before the engine saw it, and its
/// held-out batch. Floors as in <see cref="DevCorpusTests"/>, for the rules and the shipped model of this branch (the
/// lead adjusts them after retraining).
/// </summary>
public class TwentyFifthPassSchool21CorpusTests
{
    /// <summary>
    /// 55 posts written for the twenty-fifth pass from the spec and the brief's classes before any rule changed (f899780, on
    /// e521349): 31 to stop or doubt (a defect "gemeld" or "doorgegeven" that is "nog steeds" there, a printer that "slaat
    /// steeds af", a digibord that "valt telkens uit", "we blijven hopen op de toegezegde …", "…? Nee dus.", "Overleg? Ho
    /// maar.", "Het duurt lang vandaag met dit groepje", "mijn achtstegroepers zijn onmogelijk"; a named pupil kept in "omdat
    /// hij niet wilde opruimen", who "gaat niet mee naar de ijsbaan/kinderboerderij" or "mag na de bel blijven zitten"; a
    /// children's book "van voor tot achter voorgelezen", "helemaal ingesproken", "het hele kinderboek … online", "gescand en
    /// gedeeld"; a pupil without consent named) and 24 allowed look-alikes (a defect repaired, a printer or moped at home, a
    /// hope for good weather, a question about the weather answered, pupils praised, pupils missing an outing for their own
    /// tournament or staying to help, a book read in the circle, forms scanned, "trainingskamp", "Niemand heeft ons iets
    /// gevraagd, toch … Hartelijk dank!"). One label was corrected before any rule changed (943a2a3; 52: Milan has no consent,
    /// so naming him is a doubt). First pass (rules + model, the engine of e521349): 0.600 / missed-block 0.583 (7/12) /
    /// false-block 0.000 (0/25), 0.618 with label 52 corrected. After the pass: 0.964 / 0.000 (0/12) / 0.000 (0/24).
    /// Still wrong: "lopen keer op keer vast" ("vast" is no particle) and "Wordt er naar ons geluisterd …? Nee hoor."
    /// </summary>
    [Fact]
    public void Fresh31School21Corpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh31-school21.jsonl")), "fresh31-school21", 0.96, 0.0, 0.0, 0.0);

    /// <summary>
    /// 55 posts written with fresh31-school21 in another voice and with other words (31 to stop or doubt, 24 allowed),
    /// committed with it before any rule changed (f899780), never tuned on; one label corrected with the tuning batch's
    /// before any rule changed (39: Finn's consent is unknown). The engine of e521349: 0.509 / missed-block 0.500 (6/12) /
    /// false-block 0.080 (2/25); after the pass 0.764 / 0.250 (3/12) / 0.042 (1/24). Run twice (start and end); its wrong
    /// posts were read only after the last run. The same author wrote both batches, so this is no independent measure.
    /// Still blocked for nothing: "omdat ze haar tekening nog wilde afmaken" read as a threat (older than this pass). Still
    /// passed: a pupil kept in "omdat hij zich niet kon gedragen", "na de laatste bel", a picture book "gefotografeerd en als
    /// pdf naar alle ouders gestuurd".
    /// </summary>
    [Fact]
    public void Fresh31School21HeldOutCorpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh31-school21-heldout.jsonl")), "fresh31-school21-heldout", 0.76, 0.25, 0.05, 0.0);
}
