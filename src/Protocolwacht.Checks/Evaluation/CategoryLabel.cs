namespace Protocolwacht.Checks.Evaluation;

/// <summary>
/// A category in one of the two classes the corpus labels separately: raised with severity doubt or
/// block (<see cref="IsAdvice"/> false, compared with <c>expected.categories</c>) or as advice only
/// (compared with <c>advice</c>).
/// </summary>
public readonly record struct CategoryLabel(string Category, bool IsAdvice)
{
    public override string ToString() => IsAdvice ? $"{Category} (advies)" : Category;
}
