namespace Protocolwacht.Persistence.Identity;

/// <summary>Identity roles Protocolwacht knows. Staff roles (cvb, directie, …) live in the organisation, not here.</summary>
public static class AppRoles
{
    /// <summary>Manages official accounts, protocol versions and the organisation.</summary>
    public const string Admin = "admin";
}
