using System.Net;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.PlatformAccounts;

/// <summary>The API enforces the ACCOUNT rules through the one authorization policy, with the reason on refusal.</summary>
public sealed class PostingRightsApiTests : IClassFixture<PostingRightsApiTests.App>
{
    private readonly App _app;

    public PostingRightsApiTests(App app) => _app = app;

    [Theory]
    [InlineData("tom.hendriks", "regenboog-x", HttpStatusCode.OK)]            // medewerker, own school
    [InlineData("tom.hendriks", "kompas-facebook", HttpStatusCode.Forbidden)] // medewerker, other school
    [InlineData("tom.hendriks", "konot-x", HttpStatusCode.Forbidden)]         // medewerker, board account
    [InlineData("karin.mulder", "konot-linkedin", HttpStatusCode.OK)]         // directie, board account
    [InlineData("karin.mulder", "regenboog-facebook", HttpStatusCode.OK)]     // directie, own school
    [InlineData("karin.mulder", "kompas-instagram", HttpStatusCode.Forbidden)] // directie, other school
    [InlineData("sanne.deboer", "konot-x", HttpStatusCode.OK)]                // staf, board account
    [InlineData("sanne.deboer", "regenboog-x", HttpStatusCode.Forbidden)]     // staf, school account
    [InlineData("marieke.jansen", "konot-youtube", HttpStatusCode.OK)]        // cvb, board account
    [InlineData("marieke.jansen", "sintjozef-mastodon", HttpStatusCode.Forbidden)] // cvb, school account
    [InlineData("tom.hendriks", "bestaat-niet", HttpStatusCode.NotFound)]
    public async Task PostingRights_AreEnforcedPerRoleAndSchool(string staffId, string accountId, HttpStatusCode expected)
    {
        using var client = await _app.Factory.SignInAsync(staffId);

        var response = await client.GetAsync(new Uri($"/api/accounts/{accountId}/posting-rights", UriKind.Relative));

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Forbidden)
        {
            Assert.Contains("Geen plaatsingsrecht", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task PostingRights_Anonymous_Is401()
    {
        using var client = _app.Factory.Anonymous();

        var response = await client.GetAsync(new Uri("/api/accounts/konot-x/posting-rights", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    public sealed class App : IAsyncLifetime
    {
        public ProtocolwachtApp Factory { get; private set; } = null!;

        public async Task InitializeAsync() => Factory = await AppPool.RentAsync(DatabaseProvider.Sqlite);

        public async Task DisposeAsync() => await AppPool.ReturnAsync(Factory);
    }
}
