using System.Text.RegularExpressions;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Shared;

/// <summary>Every form control on the main pages has a label, and every page declares its language and a skip link.</summary>
public sealed partial class AccessibilityTests : IClassFixture<AccessibilityTests.App>
{
    private readonly App _app;

    public AccessibilityTests(App app) => _app = app;

    [Theory]
    [InlineData(null, "/account/signin")]
    [InlineData("tom.hendriks", "/protocol")]
    [InlineData("tom.hendriks", "/")]
    [InlineData("karin.mulder", "/consent")]
    [InlineData("karin.mulder", "/consent/students/daan.kok")]
    [InlineData("sanne.deboer", "/accounts")]
    [InlineData("sanne.deboer", "/accounts/edit/regenboog-x")]
    [InlineData("sanne.deboer", "/accounts/posting-rights")]
    [InlineData("sanne.deboer", "/protocol/versions")]
    [InlineData("sanne.deboer", "/protocol/acknowledgements")]
    [InlineData("sanne.deboer", "/consent/settings")]
    [InlineData("sanne.deboer", "/organisation")]
    public async Task Page_LabelsEveryControl_AndDeclaresDutch(string? staffId, string url)
    {
        using var client = staffId is null ? _app.Factory.Anonymous() : await _app.Factory.SignInAsync(staffId);

        var html = await client.GetStringAsync(new Uri(url, UriKind.Relative));

        Assert.Contains("<html lang=\"nl\">", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#inhoud\"", html, StringComparison.Ordinal);
        var labelled = LabelFor().Matches(html).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        foreach (Match control in Control().Matches(html))
        {
            var tag = control.Value;
            if (tag.Contains("type=\"hidden\"", StringComparison.Ordinal) || tag.Contains("type=\"submit\"", StringComparison.Ordinal))
            {
                continue;
            }

            var id = Id().Match(tag);
            Assert.True(id.Success && labelled.Contains(id.Groups[1].Value), $"{url}: control without a label: {tag}");
        }
    }

    [GeneratedRegex("<label[^>]*\\sfor=\"([^\"]+)\"")]
    private static partial Regex LabelFor();

    [GeneratedRegex("<(input|select|textarea)\\b[^>]*>")]
    private static partial Regex Control();

    [GeneratedRegex("\\sid=\"([^\"]+)\"")]
    private static partial Regex Id();

    public sealed class App : IAsyncLifetime
    {
        public ProtocolwachtApp Factory { get; private set; } = null!;

        public async Task InitializeAsync() => Factory = await AppPool.RentAsync(DatabaseProvider.Sqlite);

        public async Task DisposeAsync() => await AppPool.ReturnAsync(Factory);
    }
}
