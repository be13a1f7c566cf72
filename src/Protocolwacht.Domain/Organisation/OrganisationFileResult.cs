namespace Protocolwacht.Domain.Organisation;

/// <summary>Either a complete organisation or the list of everything wrong with the file, never both.</summary>
public sealed record OrganisationFileResult(OrganisationModel? Organisation, IReadOnlyList<OrganisationFileError> Errors)
{
    public bool Succeeded => Organisation is not null;

    public static OrganisationFileResult Failed(params OrganisationFileError[] errors) => new(null, errors);
}
