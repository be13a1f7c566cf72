using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace Protocolwacht.Web.Tests.Support;

/// <summary>
/// Talks to the app like a browser without JavaScript: reads a page, takes its anti-forgery token and
/// posts the form. Redirects are returned, not followed, so tests can see where a step leads.
/// </summary>
public sealed partial class AppClient(HttpClient http) : IDisposable
{
    public HttpClient Http { get; } = http;

    public async Task SignInAsync(string staffId, string password)
    {
        var response = await PostFormAsync("/account/signin", new() { ["UserName"] = staffId, ["Password"] = password });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Sign-in of {staffId} failed: {response.StatusCode}");
    }

    public async Task<string> GetPageAsync(string path)
    {
        var response = await Http.GetAsync(new Uri(path, UriKind.Relative));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {response.StatusCode} {response.Headers.Location}");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Posts a form to <paramref name="path"/> (optionally a page handler) with the token from the page itself.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, Dictionary<string, string> fields, string? handler = null, string? pagePath = null)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var page = await GetPageAsync(pagePath ?? path.Split('?')[0]);
        var token = TokenPattern().Match(page);
        Assert.True(token.Success, $"No anti-forgery token on {pagePath ?? path}");
        var content = new MultipartFormDataContent { { new StringContent(token.Groups[1].Value), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields)
        {
            foreach (var part in value.Split('\u001f'))
            {
                content.Add(new StringContent(part), name);
            }
        }

        var target = handler is null ? path : $"{path}{(path.Contains('?', StringComparison.Ordinal) ? "&" : "?")}handler={handler}";
        return await Http.PostAsync(new Uri(target, UriKind.Relative), content);
    }

    /// <summary>Several values for one field (a multiple select or checkboxes).</summary>
    public static string Many(params string[] values) => string.Join('\u001f', values);

    public Task<HttpResponseMessage> PostJsonAsync<T>(string path, T body) => Http.PostAsJsonAsync(new Uri(path, UriKind.Relative), body);

    public void Dispose() => Http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
