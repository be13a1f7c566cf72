using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Domain.Freezes;

/// <summary>
/// Who may start or lift a freeze: a director for their own school; an administrator for any school or
/// the whole board. The same rule for starting and lifting, so whoever could stop publishing can resume it.
/// </summary>
public static class FreezeAuthority
{
    /// <param name="schoolId">The school to freeze, null for the whole board.</param>
    /// <returns>Null when allowed, otherwise the Dutch reason.</returns>
    public static string? Refusal(StaffMember? staff, bool isAdmin, string? schoolId)
    {
        if (isAdmin)
        {
            return null;
        }

        if (staff is null)
        {
            return "Je bent niet (meer) bekend in de organisatie.";
        }

        if (schoolId is null)
        {
            return "Alleen een beheerder kan het publiceren voor het hele bestuur stoppen.";
        }

        return staff.Role == StaffRole.Directie && staff.SchoolId == schoolId
            ? null
            : "Alleen de directeur van deze school of een beheerder kan het publiceren van deze school stoppen of hervatten.";
    }
}
