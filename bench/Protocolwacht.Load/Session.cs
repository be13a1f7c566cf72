using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace Protocolwacht.Load;

/// <summary>
/// One signed-in person: a cookie jar, redirects returned as they are (as the tests' AppClient), the anti-forgery
/// token read from a page and reused for every form and the live check, as the composer's script does.
/// Every request is timed and recorded under its kind; an unexpected status is an error.
/// </summary>
internal sealed partial class Session(Uri baseUrl, Recorder recorder) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
    {
        BaseAddress = baseUrl,
        Timeout = TimeSpan.FromSeconds(30),
    };

    private string? _token;

    public async Task<bool> SignInAsync(string staffId, string password)
    {
        await GetAsync("signin-page", "/account/signin");
        return await PostFormAsync("signin", "/account/signin", new() { ["UserName"] = staffId, ["Password"] = password }) is not null;
    }

    /// <summary>GET a page that must answer 200; returns its HTML (null on error) and keeps its anti-forgery token.</summary>
    public async Task<string?> GetAsync(string kind, string path)
    {
        var (response, body) = await TimedAsync(kind, () => _http.GetAsync(new Uri(path, UriKind.Relative)), HttpStatusCode.OK);
        if (body is not null && TokenPattern().Match(body) is { Success: true } token)
        {
            _token = WebUtility.HtmlDecode(token.Groups[1].Value);
        }

        return response is null ? null : body;
    }

    /// <summary>POST a form that must answer with a redirect; returns where it leads (null on error).</summary>
    public async Task<string?> PostFormAsync(string kind, string path, Dictionary<string, string> fields)
    {
        var all = new Dictionary<string, string>(fields, StringComparer.Ordinal) { ["__RequestVerificationToken"] = _token ?? string.Empty };
        var (response, _) = await TimedAsync(kind, () => _http.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(all)), HttpStatusCode.Redirect);
        return response?.Headers.Location?.OriginalString;
    }

    /// <summary>The composer's live check, with the token in the header as composer.js sends it.</summary>
    public async Task<string?> LiveCheckAsync(string text, string account)
    {
        var (response, body) = await TimedAsync("live-check", () =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/checks/live", UriKind.Relative))
            {
                Content = JsonContent.Create(new { text, accounts = new[] { account }, personal = false, attachments = Array.Empty<object>() }),
            };
            request.Headers.Add("RequestVerificationToken", _token ?? string.Empty);
            return _http.SendAsync(request);
        }, HttpStatusCode.OK);
        return response is null ? null : body;
    }

    private async Task<(HttpResponseMessage? Response, string? Body)> TimedAsync(string kind, Func<Task<HttpResponseMessage>> send, HttpStatusCode expected)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await send();
            var body = await response.Content.ReadAsStringAsync();
            var elapsed = Stopwatch.GetElapsedTime(started);
            if (response.StatusCode != expected)
            {
                recorder.Error(kind, elapsed, $"{(int)response.StatusCode} {response.Headers.Location}");
                return (null, null);
            }

            recorder.Success(kind, elapsed);
            return (response, body);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            recorder.Error(kind, Stopwatch.GetElapsedTime(started), ex.GetType().Name);
            return (null, null);
        }
    }

    public void Dispose() => _http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
