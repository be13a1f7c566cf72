namespace Protocolwacht.Domain.Organisation;

/// <summary>One thing wrong with an organisation file: where (1-based line and JSON path) and what, in Dutch.</summary>
public sealed record OrganisationFileError(int Line, string Path, string Message)
{
    public override string ToString() => $"regel {Line}, {Path}: {Message}";
}
