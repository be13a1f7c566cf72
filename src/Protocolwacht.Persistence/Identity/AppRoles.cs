namespace Protocolwacht.Persistence.Identity;

/// <summary>
/// Identity roles Protocolwacht knows, stored as ASP.NET Core Identity roles and managed by administrators at
/// <c>/roles</c>. Staff roles (cvb, directie, …) live in the organisation, not here.
/// </summary>
public static class AppRoles
{
    /// <summary>Manages official accounts, protocol versions, the organisation and these roles.</summary>
    public const string Admin = "admin";

    /// <summary>The board's privacy officer (functionaris gegevensbescherming): sees and hears of every data breach.</summary>
    public const string PrivacyOfficer = "privacy-officer";

    /// <summary>Handles incidents board-wide: sees and hears of every incident of every school.</summary>
    public const string IncidentHandler = "incident-handler";

    /// <summary>Every role with its Dutch name, in the order the roles page shows them.</summary>
    public static IReadOnlyList<(string Name, string Label)> All { get; } =
    [
        (Admin, "beheerder"),
        (PrivacyOfficer, "privacyfunctionaris"),
        (IncidentHandler, "incidentbehandelaar"),
    ];

    public static bool IsKnown(string? role) => All.Any(r => r.Name == role);

    /// <summary>The Dutch name of <paramref name="role"/>, or the stored name for a role this version does not know.</summary>
    public static string Label(string role) => All.FirstOrDefault(r => r.Name == role).Label ?? role;
}
