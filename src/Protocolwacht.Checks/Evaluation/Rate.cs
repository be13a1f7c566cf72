namespace Protocolwacht.Checks.Evaluation;

/// <summary>
/// A fraction kept as its counts so a report can show both "0.020" and "(1/50)". <see cref="Value"/>
/// is null when nothing was counted (a rate over zero cases is undefined, not zero).
/// </summary>
public readonly record struct Rate(int Count, int OutOf)
{
    public double? Value => OutOf == 0 ? null : (double)Count / OutOf;
}
