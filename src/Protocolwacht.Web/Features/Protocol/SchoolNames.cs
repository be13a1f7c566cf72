using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Web.Features.Protocol;

/// <summary>
/// Where a person works, as the acknowledgement overviews and the sign-in accounts' cards show it: the school's name
/// ("Basisschool De Regenboog"), never its code ("regenboog"), which an administrator reading the list does not know;
/// "Bestuursbureau" for board staff, the office they work at (the word the staff form uses, and the spec's "stafmedewerker
/// bestuursbureau"), where stop 49's pages said "bestuur".
/// </summary>
internal static class SchoolNames
{
    public const string Board = "Bestuursbureau";

    public static string Of(OrganisationModel? organisation, string? schoolId) =>
        schoolId is null ? Board : organisation?.FindSchool(schoolId)?.Name ?? schoolId;
}
