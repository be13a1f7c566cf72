namespace Protocolwacht.Checks.Evaluation;

/// <summary>Counts of expected × predicted verdict. Immutable once built by <see cref="Evaluator"/>.</summary>
public sealed class ConfusionMatrix
{
    private readonly int[,] _counts;

    internal ConfusionMatrix(int[,] counts) => _counts = counts;

    /// <summary>The verdicts in matrix order, mildest first.</summary>
    public static IReadOnlyList<Verdict> Verdicts { get; } = [Verdict.Allow, Verdict.Doubt, Verdict.Block];

    public int this[Verdict expected, Verdict predicted] => _counts[Index(expected), Index(predicted)];

    public int Total => Verdicts.Sum(e => Expected(e));

    public int Correct => Verdicts.Sum(v => this[v, v]);

    /// <summary>How many cases carry this expected verdict (a row total).</summary>
    public int Expected(Verdict expected) => Verdicts.Sum(p => this[expected, p]);

    /// <summary>How many cases the check gave this verdict (a column total).</summary>
    public int Predicted(Verdict predicted) => Verdicts.Sum(e => this[e, predicted]);

    // The matrix order is fixed here rather than borrowed from the enum's numeric values.
    internal static int Index(Verdict verdict) => verdict switch
    {
        Verdict.Allow => 0,
        Verdict.Doubt => 1,
        Verdict.Block => 2,
        _ => throw new ArgumentOutOfRangeException(nameof(verdict)),
    };
}
