namespace Protocolwacht.Domain.Posts;

/// <summary>The outcome of a workflow step. <see cref="Error"/> is Dutch, for the person who tried the step.</summary>
public sealed record WorkflowResult(bool Succeeded, string? Error)
{
    public static readonly WorkflowResult Ok = new(true, null);

    public static WorkflowResult Refused(string error) => new(false, error);
}
