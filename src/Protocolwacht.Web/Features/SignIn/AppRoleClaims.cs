namespace Protocolwacht.Web.Features.SignIn;

/// <summary>Which of the app roles (<see cref="Persistence.Identity.AppRoles"/>) the signed-in person holds.</summary>
public readonly record struct AppRoleClaims(bool IsAdmin, bool IsPrivacyOfficer, bool IsIncidentHandler);
