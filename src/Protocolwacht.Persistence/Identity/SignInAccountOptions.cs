using Microsoft.Extensions.Configuration;

namespace Protocolwacht.Persistence.Identity;

/// <summary>How new sign-in accounts are made; every host reads them from the same settings.</summary>
public sealed class SignInAccountOptions
{
    /// <summary>Staff ids that get the <see cref="AppRoles.Admin"/> role when their account is created (<c>Identity:InitialAdmins</c>).</summary>
    public IReadOnlyList<string> InitialAdmins { get; set; } = [];

    /// <summary>
    /// The password new accounts get, or null for none (they sign in through OpenID Connect or get one
    /// set). Only a Development host may have one: a shared password must never reach production.
    /// </summary>
    public string? DemoPassword { get; set; }

    /// <summary>Reads <c>Identity:InitialAdmins</c> and, in Development only, <c>Identity:DemoPassword</c>.</summary>
    public void ReadFrom(IConfiguration configuration, bool isDevelopment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        InitialAdmins = configuration.GetSection("Identity:InitialAdmins").Get<string[]>() ?? [];
        DemoPassword = isDevelopment && configuration["Identity:DemoPassword"] is { Length: > 0 } password ? password : null;
    }
}
