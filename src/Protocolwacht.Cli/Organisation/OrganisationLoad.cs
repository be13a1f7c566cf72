using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Cli.Organisation;

/// <summary>An organisation ready to check against, or the Dutch lines saying why there is none.</summary>
public sealed record OrganisationLoad(OrganisationModel? Organisation, IReadOnlyList<string> Errors)
{
    public static OrganisationLoad Loaded(OrganisationModel organisation) => new(organisation, []);

    public static OrganisationLoad Failed(params string[] errors) => new(null, errors);
}
