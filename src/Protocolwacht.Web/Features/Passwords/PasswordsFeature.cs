namespace Protocolwacht.Web.Features.Passwords;

/// <summary>Local passwords for real staff: only through a one-time link (invitation or "wachtwoord vergeten").</summary>
public static class PasswordsFeature
{
    public static WebApplicationBuilder AddPasswords(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<PasswordMail>();
        return builder;
    }
}
