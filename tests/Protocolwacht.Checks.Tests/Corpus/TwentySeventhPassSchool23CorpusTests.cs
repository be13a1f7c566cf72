namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The twenty-seventh pass's school batches (helper school23): the tuning batch, written before the engine saw it, and its
/// held-out batch. Floors as in <see cref="DevCorpusTests"/>, for the rules and the shipped model of this branch (the
/// lead adjusts them after retraining).
/// </summary>
public class TwentySeventhPassSchool23CorpusTests
{
    /// <summary>
    /// TUNING
    /// </summary>
    [Fact]
    public void Fresh33School23Corpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh33-school23.jsonl")), "fresh33-school23", 0.94, 0.0, 0.0, 0.0);

    /// <summary>
    /// HELDOUT
    /// </summary>
    [Fact]
    public void Fresh33School23HeldOutCorpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh33-school23-heldout.jsonl")), "fresh33-school23-heldout", 0.0, 1.0, 1.0, 0.0);
}
