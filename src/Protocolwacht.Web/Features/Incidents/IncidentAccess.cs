using Microsoft.Extensions.Options;
using Protocolwacht.Domain.Incidents;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Web.Features.SignIn;

namespace Protocolwacht.Web.Features.Incidents;

/// <summary>
/// Who handles and who may see an incident. The handler is the school's contact person, else its
/// director. Access: the handler, the school's contact person and director(s), the privacy officer (the
/// privacyfunctionaris role, or <c>Incidents:PrivacyOfficer</c>) for a data breach, whoever holds the
/// incidentbehandelaar role, and administrators. Nobody else, not even the staff member who reported it.
/// </summary>
public sealed class IncidentAccess(IOptions<IncidentOptions> options)
{
    public string? HandlerFor(OrganisationModel organisation, string schoolId)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        return ContactPerson(organisation, schoolId)
            ?? organisation.Staff.Where(s => s.Role == StaffRole.Directie && s.SchoolId == schoolId).OrderBy(s => s.Id, StringComparer.Ordinal).FirstOrDefault()?.Id;
    }

    public string? PrivacyOfficer(OrganisationModel organisation) =>
        organisation?.FindStaff(options.Value.PrivacyOfficer)?.Id;

    public bool CanSee(Incident incident, OrganisationModel organisation, StaffMember? staff, AppRoleClaims roles)
    {
        ArgumentNullException.ThrowIfNull(incident);
        if (roles.IsAdmin || roles.IsIncidentHandler || (incident.IsDataBreach && roles.IsPrivacyOfficer))
        {
            return true;
        }

        return staff is not null && (staff.Id == incident.HandlerId
            || staff.Id == ContactPerson(organisation, incident.SchoolId)
            || (staff.Role == StaffRole.Directie && staff.SchoolId == incident.SchoolId)
            || (incident.IsDataBreach && staff.Id == PrivacyOfficer(organisation)));
    }

    /// <summary>True when this person handles incidents of at least one school (or all of them).</summary>
    public bool IsHandlerAnywhere(OrganisationModel organisation, StaffMember staff, AppRoleClaims roles) =>
        roles.IsAdmin || roles.IsIncidentHandler || roles.IsPrivacyOfficer || staff.Role == StaffRole.Directie || staff.Id == PrivacyOfficer(organisation)
        || options.Value.ContactPersons.ContainsValue(staff.Id);

    private string? ContactPerson(OrganisationModel organisation, string schoolId) =>
        options.Value.ContactPersons.TryGetValue(schoolId, out var id) && organisation.FindStaff(id) is { } staff && staff.SchoolId == schoolId ? staff.Id : null;
}
