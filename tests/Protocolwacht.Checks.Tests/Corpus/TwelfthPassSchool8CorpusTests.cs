namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The twelfth pass's school batches (helper school8): the tuning batch, written before the engine saw it, and its
/// held-out batch, run once at the end. Floors as in <see cref="DevCorpusTests"/>.
/// </summary>
public class TwelfthPassSchool8CorpusTests
{
    /// <summary>
    /// 57 posts written by helper school8 at the start of the twelfth pass, from the spec and before any run of the
    /// engine (28 blockable or doubtful: a pupil's name in apposition opening the sentence with a health, family or
    /// result fact; results without a grade word; sanctions without the word punishment; rumour as news about staff and
    /// plans; leaders' rules of thumb and opinions on policy; sarcasm about wifi, the copier, laptops and the planning;
    /// replies that defend a rule; copied picture books, worksheets and a script; 29 allowed look-alikes: workshops and
    /// courses about a condition, practical and factual answers to parents and pupils, appositions without a sensitive
    /// fact, rumour about the weather, announced news, sincere praise, own and licensed work). First pass (rules +
    /// model): 0.649 / missed-block 0.500 (9/18) / false-block 0.034 (1/29); after the pass (built on its misses) 0.947
    /// / 0.056 (1/18) / 0.000. Left: a name opening the sentence with no apposition or class ("Hidde heeft na zijn
    /// woedeaanval …"), the model's confidential doubt on a colleague's course about ADHD, and a "waarom mogen we
    /// niet" answered factually, which the corpus convention (a question about what one may do) reads as a dispute.
    /// </summary>
    [Fact]
    public void Fresh18School8Corpus_HoldsItsGround() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh18-school8.jsonl")), "fresh18-school8", 0.94, 0.06, 0.0, 0.0);

    /// <summary>
    /// 52 posts written with fresh18-school8 in another voice and with other words (26 allowed), committed with it before
    /// any rule changed and run once at the end of the pass: 0.731 / missed-block 0.438 (7/16) / false-block 0.000
    /// (0/26); the engine before the pass scores 0.635 / 0.563 (9/16) / 0.000 on it. The floors are that run. The same
    /// author wrote both batches, so the held-out words were known while the classes were written; none was added
    /// ("netwerk", "gouden regel", "het verhaal gaat rond", "uit betrouwbare bron", "doet het jaar over" stay out). Its
    /// misses as classes for the next pass: an apposition without a word for a child ("Thijmen, de kleinste van groep
    /// 1/2, …") or with a sensitive fact no lexicon knows ("verblijft in een crisisopvang"); "brak zijn sleutelbeen"
    /// (only "gebroken" is read); a class named as a diminutive compound ("mijn zwemgroepje"); a name after "omdat"
    /// opening a clause; rumour by "uit betrouwbare bron", "het verhaal gaat rond", "men zegt"; leaders' norms ("horen
    /// te spelen"), "tijd om", "werkt alleen met", a claim about what tests measure; sarcasm about the network and with
    /// 🙌 or 😏; the author's own diagnosis "bij mij is … ontdekt".
    /// </summary>
    [Fact]
    public void Fresh18School8HeldOutCorpus_FirstRunFloors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh18-school8-heldout.jsonl")), "fresh18-school8-heldout", 0.73, 0.44, 0.0, 0.0);
}
