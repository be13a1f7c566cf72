using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace Protocolwacht.TestSupport;

/// <summary>
/// An <see cref="HttpClient"/> that behaves like a browser without JavaScript: it keeps cookies, returns
/// redirects instead of following them (so a test sees where a step leads), reads a page for its
/// anti-forgery token and posts the form. Workflow steps are in AppClient.Steps.cs.
/// </summary>
public sealed partial class AppClient : HttpClient
{
    public AppClient(HttpMessageHandler handler, Uri baseAddress)
        : base(handler)
    {
        BaseAddress = baseAddress;
    }

    /// <summary>The app's log, when the client talks to a test app: a failed step's message then says what the server logged.</summary>
    public AppLog? ServerLog { get; init; }

    /// <summary>Signs in through the sign-in page; fails the test when the app does not accept it.</summary>
    public async Task SignInAsync(string staffId, string password = ProtocolwachtApp.DemoPassword)
    {
        var response = await PostFormAsync("/account/signin", new() { ["UserName"] = staffId, ["Password"] = password });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Sign-in of {staffId} failed: {await FailureOf(response)}");
    }

    /// <summary>GETs a page that must answer 200 and returns its HTML.</summary>
    public async Task<string> GetPageAsync(string path)
    {
        var response = await GetAsync(Relative(path));
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {response.StatusCode} {response.Headers.Location} {ErrorOf(html)}{ServerLog?.ForMessage()}");
        return html;
    }

    /// <summary>
    /// Posts a form to <paramref name="path"/> (optionally a page handler) with the anti-forgery token of
    /// <paramref name="pagePath"/> (by default the page at <paramref name="path"/>).
    /// </summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, Dictionary<string, string> fields, string? handler = null, string? pagePath = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(fields);
        var page = await GetPageAsync(pagePath ?? path.Split('?')[0]);
        var token = TokenPattern().Match(page);
        Assert.True(token.Success, $"No anti-forgery token on {pagePath ?? path}");
        using var content = new MultipartFormDataContent { { new StringContent(WebUtility.HtmlDecode(token.Groups[1].Value)), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields)
        {
            foreach (var part in value.Split('\u001f'))
            {
                content.Add(new StringContent(part), name);
            }
        }

        var target = handler is null ? path : $"{path}{(path.Contains('?', StringComparison.Ordinal) ? "&" : "?")}handler={handler}";
        return await PostAsync(Relative(target), content);
    }

    /// <summary>Several values for one field (a multiple select or checkboxes).</summary>
    public static string Many(params string[] values) => string.Join('\u001f', values);

    public Task<HttpResponseMessage> PostJsonAsync<T>(string path, T body) => this.PostAsJsonAsync(Relative(path), body);

    private Uri Relative(string path) => new(BaseAddress!, path);

    // The developer exception page (tests run in Development) names the exception in its "titleerror" block:
    // a failing test's message then says why the server failed, which CI's output otherwise never shows.
    /// <summary>Why a response is not what a step expected: its status, the developer exception page's title and the app's log.</summary>
    public async Task<string> FailureOf(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var html = await response.Content.ReadAsStringAsync();
        return $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery}: {(int)response.StatusCode} {response.StatusCode} {ErrorOf(html)}{ServerLog?.ForMessage()}";
    }

    private static string ErrorOf(string html)
    {
        var title = DeveloperExceptionTitle().Match(html);
        return title.Success ? WebUtility.HtmlDecode(title.Groups[1].Value.Trim()) : string.Empty;
    }

    [GeneratedRegex("class=\"titleerror\">(.*?)</div>", RegexOptions.Singleline)]
    private static partial Regex DeveloperExceptionTitle();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
