using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;

namespace Protocolwacht.Web.Tests.Support;

/// <summary>
/// The web app on a fresh database of its own (SQLite in a temporary folder, or a new PostgreSQL
/// database), in Development so the demo accounts get <see cref="DemoPassword"/>. Intent methods sign
/// people in and post forms the way a browser does (cookies and antiforgery token).
/// </summary>
public sealed partial class ProtocolwachtApplicationFactory : WebApplicationFactory<Program>
{
    public const string DemoPassword = "Konot-demo-2026";

    private readonly DatabaseProvider _provider;
    private string _dataDirectory = Path.Combine(Path.GetTempPath(), "protocolwacht-web-" + Guid.NewGuid().ToString("N")[..12]);
    private string? _postgres;
    private bool _ownsDatabase = true;

    public ProtocolwachtApplicationFactory(DatabaseProvider provider = DatabaseProvider.Sqlite, string environment = "Development")
    {
        _provider = provider;
        EnvironmentName = environment;
    }

    /// <summary>Development by default (demo passwords); Production to check what a real deployment does.</summary>
    public string EnvironmentName { get; }

    public static async Task<ProtocolwachtApplicationFactory> CreateAsync(DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        var factory = new ProtocolwachtApplicationFactory(provider);
        if (provider == DatabaseProvider.Postgres)
        {
            factory._postgres = await PostgresTestServer.CreateDatabaseAsync("web");
        }

        return factory;
    }

    /// <summary>Extra configuration for this instance (set before the first request).</summary>
    public Dictionary<string, string> Settings { get; } = [];

    /// <summary>A second app instance on this instance's database, as behind a load balancer.</summary>
    public ProtocolwachtApplicationFactory SecondInstance() =>
        new(_provider, EnvironmentName) { _dataDirectory = _dataDirectory, _postgres = _postgres, _ownsDatabase = false };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("Database:Provider", _provider.ToString());
        builder.UseSetting("Database:DataDirectory", _dataDirectory);
        if (_postgres is not null)
        {
            builder.UseSetting("ConnectionStrings:Postgres", _postgres);
        }

        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see 302s and 401s as they are.</summary>
    public HttpClient CreateBrowserClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Signs a demo staff member in through the sign-in page and returns their client.</summary>
    public async Task<HttpClient> SignInAsAsync(string staffId)
    {
        var client = CreateBrowserClient();
        var response = await PostFormAsync(client, "/account/signin", "/account/signin", new() { ["UserName"] = staffId, ["Password"] = DemoPassword });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in as {staffId} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return client;
    }

    /// <summary>GETs <paramref name="pageUrl"/> for its antiforgery token, then POSTs the form fields to <paramref name="postUrl"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string pageUrl, string postUrl, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(new Uri(pageUrl, UriKind.Relative));
        var token = TokenPattern().Match(page);
        if (!token.Success)
        {
            throw new InvalidOperationException($"No antiforgery token on {pageUrl}.");
        }

        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) };
        using var content = new FormUrlEncodedContent(form);
        return await client.PostAsync(new Uri(postUrl, UriKind.Relative), content);
    }

    /// <summary>Runs <paramref name="action"/> with the app's database, for arranging and asserting stored state.</summary>
    public async Task<T> WithDatabaseAsync<T>(Func<ProtocolwachtDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<ProtocolwachtDbContext>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (!_ownsDatabase)
        {
            return;
        }

        DatabaseInitializer.ReleaseSqliteFiles();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
        catch (IOException)
        {
            // Left for the OS to clean up; never fail a test over a temp folder.
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
