using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Protocolwacht.TestSupport.Platforms.OAuth;

/// <summary>Mastodon's app registration (<c>POST /api/v1/apps</c>): each registration is a new client of this instance.</summary>
public sealed partial class OAuthServer
{
    public int Registrations { get; private set; }

    public void MapMastodonApps(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPost("/api/v1/apps", async context =>
        {
            var form = await context.Request.ReadFormAsync();
            if (string.IsNullOrEmpty(form["client_name"]) || string.IsNullOrEmpty(form["redirect_uris"]))
            {
                context.Response.StatusCode = 422;
                await context.Response.WriteAsJsonAsync(new { error = "Validation failed: Application name can't be blank, Redirect URI can't be blank" });
                return;
            }

            Registrations++;
            ClientId = $"masto-client-{Registrations}";
            ClientSecret = $"masto-secret-{Registrations}";
            await context.Response.WriteAsJsonAsync(new
            {
                id = Registrations.ToString(System.Globalization.CultureInfo.InvariantCulture),
                name = form["client_name"].ToString(),
                website = form["website"].ToString(),
                scopes = form["scopes"].ToString().Split(' '),
                redirect_uri = form["redirect_uris"].ToString(),
                redirect_uris = new[] { form["redirect_uris"].ToString() },
                client_id = ClientId,
                client_secret = ClientSecret,
            });
        });
    }
}
