using Protocolwacht.Domain.Consent;

namespace Protocolwacht.Persistence.Organisation;

/// <summary>
/// A student's consent in an organisation file that contradicts the register for one purpose. The register
/// wins: the file's value is never recorded, only reported to whoever ran the import so they can check it.
/// </summary>
public sealed record ConsentConflict(string StudentId, string StudentName, string PurposeCode, ConsentValue FileValue, ConsentValue RegisterValue)
{
    public override string ToString() =>
        $"{StudentName} ({StudentId}): het bestand zegt {FileValue.ToDutch().ToLowerInvariant()}, het register zegt {RegisterValue.ToDutch().ToLowerInvariant()} "
        + $"voor {PurposeName}; het register blijft gelden.";

    private string PurposeName =>
        ConsentPurpose.Defaults.FirstOrDefault(p => p.Code == PurposeCode)?.Name.ToLowerInvariant() ?? PurposeCode;
}
