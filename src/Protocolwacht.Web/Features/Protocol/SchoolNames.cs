using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Web.Features.Protocol;

/// <summary>
/// Where a person works, as the acknowledgement overviews show it: the school's name ("Basisschool De Regenboog"),
/// never its code ("regenboog"), which an administrator reading the list does not know; "bestuur" for board staff.
/// </summary>
internal static class SchoolNames
{
    public const string Board = "bestuur";

    public static string Of(OrganisationModel? organisation, string? schoolId) =>
        schoolId is null ? Board : organisation?.FindSchool(schoolId)?.Name ?? schoolId;
}
