namespace Protocolwacht.Web.Features.TwoFactor;

/// <summary>Settings of two-factor sign-in (section <c>SignIn:TwoFactor</c>).</summary>
public sealed class TwoFactorOptions
{
    /// <summary>
    /// Every staff member signing in with a password must set up an authenticator app, not only
    /// administrators (who always must). Sign-ins through OpenID Connect are left to the identity provider.
    /// </summary>
    public bool RequiredForEveryone { get; set; }

    /// <summary>
    /// Administrators must set up an authenticator app. Only a Development host can switch this off (the demo
    /// organisation's administrator, appsettings.Development.json); everywhere else it is always true.
    /// </summary>
    public bool RequiredForAdministrators { get; set; } = true;

    /// <summary>The name the authenticator app shows for the account (the issuer in the QR code).</summary>
    public string Issuer { get; set; } = "Protocolwacht";
}
