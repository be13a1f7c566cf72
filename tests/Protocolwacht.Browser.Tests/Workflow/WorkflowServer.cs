using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;
using Protocolwacht.Browser.Tests.Infrastructure;

namespace Protocolwacht.Browser.Tests.Workflow;

/// <summary>
/// The real app on Kestrel (SQLite, demo organisation, sandbox channel) with a short undo period so a
/// browser can watch a post go from confirmation to the sandbox timeline, plus one Chromium.
/// </summary>
public sealed class WorkflowServer : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "protocolwacht-browser-wf-" + Guid.NewGuid().ToString("N")[..8]);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public WorkflowServer()
    {
        UseKestrel(0);
    }

    public async Task InitializeAsync()
    {
        StartServer();
        (_playwright, _browser) = await Chromium.LaunchAsync();
    }

    public async Task<IPage> NewPageAsync()
    {
        var browser = _browser ?? throw new InvalidOperationException("Chromium did not start.");
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = ClientOptions.BaseAddress.ToString().TrimEnd('/'),
            Locale = "nl-NL",
        });
        return await context.NewPageAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:DataDirectory", _dataDirectory);
        builder.UseSetting("Publishing:UndoPeriod", "00:00:03");
        builder.UseSetting("Publishing:PollInterval", "00:00:00.200");
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await DisposeAsync();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may hold the file a moment longer; the temporary folder is cleaned by the OS
        }
    }
}
