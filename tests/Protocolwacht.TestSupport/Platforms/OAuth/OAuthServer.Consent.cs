using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Protocolwacht.TestSupport.Platforms.OAuth;

/// <summary>
/// The platform's consent page, for a test in a real browser: with <see cref="ShowsConsentPage"/> the authorize
/// endpoint answers with a page naming the application and the scopes, and two buttons (Mastodon's "Authorize" and
/// "Deny"); the form posts the request back to the same path and the answer goes to the client as without the page.
/// </summary>
public sealed partial class OAuthServer
{
    /// <summary>When set, a person answers on a consent page instead of the endpoint redirecting at once.</summary>
    public bool ShowsConsentPage { get; set; }

    /// <summary>How many times the consent page was shown.</summary>
    public int ConsentPagesShown { get; private set; }

    private IResult ConsentPage(Dictionary<string, string> query)
    {
        ConsentPagesShown++;
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Authorization required</title></head><body>")
            .Append("<h1>Authorization required</h1><p>").Append(WebUtility.HtmlEncode(ClientId))
            .Append(" would like permission to access your account. Scopes: ").Append(WebUtility.HtmlEncode(query.GetValueOrDefault("scope", string.Empty)))
            .Append("</p><form method=\"post\">");
        foreach (var (name, value) in query)
        {
            html.Append("<input type=\"hidden\" name=\"").Append(WebUtility.HtmlEncode(name)).Append("\" value=\"").Append(WebUtility.HtmlEncode(value)).Append("\">");
        }

        html.Append("<button type=\"submit\" name=\"decision\" value=\"allow\">Authorize</button>")
            .Append("<button type=\"submit\" name=\"decision\" value=\"deny\">Deny</button></form></body></html>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8");
    }

    private async Task<IResult> ConsentAnsweredAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync();
        var q = form.Where(p => p.Key != "decision").ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);
        if (q.GetValueOrDefault("client_id") != ClientId || !q.ContainsKey("redirect_uri") || !q.ContainsKey("state"))
        {
            return Results.BadRequest("invalid_request");
        }

        return Decide(q, form["decision"] == "allow" ? DenyWith : "access_denied");
    }
}
