namespace Protocolwacht.Domain.Posts;

/// <summary>
/// The outcome of a workflow step. <see cref="Error"/> is Dutch, for the person who tried the step. A refusal
/// with several causes (the check's blocking findings, a platform's limits) carries each cause in
/// <see cref="Reasons"/> as a sentence of its own, not joined into <see cref="Error"/>: a page then renders each
/// one in the reader's language, which a joined string cannot be.
/// </summary>
public sealed record WorkflowResult(bool Succeeded, string? Error)
{
    public static readonly WorkflowResult Ok = new(true, null);

    public IReadOnlyList<string> Reasons { get; init; } = [];

    public static WorkflowResult Refused(string error) => new(false, error);

    public static WorkflowResult Refused(string error, IEnumerable<string> reasons) => new(false, error) { Reasons = [.. reasons] };
}
