namespace Protocolwacht.Web.Features.SignIn;

/// <summary>Names of the authorization policies every feature uses.</summary>
public static class Policies
{
    /// <summary>Manages accounts, protocol versions and the organisation.</summary>
    public const string Admin = "admin";

    /// <summary>
    /// Reads everything held about one person and the processing register: administrators and the privacy
    /// officer (functionaris gegevensbescherming), the data subjects' contact point (AVG art. 38(4)).
    /// </summary>
    public const string PersonalData = "personal-data";
}
