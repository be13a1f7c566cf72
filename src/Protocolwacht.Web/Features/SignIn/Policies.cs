namespace Protocolwacht.Web.Features.SignIn;

/// <summary>Names of the authorization policies every feature uses.</summary>
public static class Policies
{
    /// <summary>Manages accounts, protocol versions and the organisation.</summary>
    public const string Admin = "admin";
}
