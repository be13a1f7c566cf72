namespace Protocolwacht.Checks.Batch;

/// <summary>
/// One parsed input line of the batch contract: either a <see cref="Request"/> (with the line's id, which
/// may be null) or an <see cref="Error"/> in Dutch that names the line number.
/// </summary>
public sealed record BatchLineResult(int LineNumber, string? Id, CheckRequest? Request, string? Error)
{
    public bool IsValid => Request is not null;
}
