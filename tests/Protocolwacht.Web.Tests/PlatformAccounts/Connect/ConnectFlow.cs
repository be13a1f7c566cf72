using System.Net;
using System.Text.RegularExpressions;
using Protocolwacht.TestSupport;

namespace Protocolwacht.Web.Tests.PlatformAccounts.Connect;

/// <summary>Drives a platform sign-in through the app's pages the way a browser does: start, the platform, back.</summary>
internal static partial class ConnectFlow
{
    /// <summary>
    /// Presses "Koppel met …" on the account's page; returns the platform's authorization URL, which the page links
    /// to ("Verder naar …"; never a redirect answering the form, which a browser would refuse under form-action 'self').
    /// </summary>
    public static async Task<Uri> StartAsync(AppClient admin, string accountId, Dictionary<string, string>? fields = null)
    {
        var start = await admin.PostFormAsync($"/accounts/connect/{accountId}", fields ?? [], handler: "Start");
        var page = await start.Content.ReadAsStringAsync();
        var link = ContinueLink().Match(page);
        Assert.True(start.StatusCode == HttpStatusCode.OK && link.Success, $"Start: {start.StatusCode} {page}");
        return new Uri(WebUtility.HtmlDecode(link.Groups[1].Value));
    }

    [GeneratedRegex("<a href=\"([^\"]+)\" id=\"connect-continue\"")]
    private static partial Regex ContinueLink();

    /// <summary>The platform's answer to the browser: where it sends the administrator back.</summary>
    public static async Task<Uri> AtPlatformAsync(Uri authorizeUrl)
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false };
        using var browser = new HttpClient(handler);
        using var response = await browser.GetAsync(authorizeUrl);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Authorize: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return response.Headers.Location!;
    }

    /// <summary>Follows the platform's redirect back into the app in the administrator's session.</summary>
    public static Task<HttpResponseMessage> BackAsync(AppClient admin, Uri callback) =>
        admin.GetAsync(new Uri(callback.PathAndQuery, UriKind.Relative));

    /// <summary>The whole flow; returns the app's answer at the callback.</summary>
    public static async Task<HttpResponseMessage> RunAsync(AppClient admin, string accountId, Dictionary<string, string>? fields = null) =>
        await BackAsync(admin, await AtPlatformAsync(await StartAsync(admin, accountId, fields)));

    public static string Query(Uri url, string name) =>
        System.Web.HttpUtility.ParseQueryString(url.Query)[name] ?? string.Empty;
}
