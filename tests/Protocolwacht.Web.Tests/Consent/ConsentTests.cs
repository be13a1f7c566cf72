using System.Net;
using System.Net.Http.Json;
using Protocolwacht.Domain.Consent;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Features.Consent;
using Protocolwacht.TestSupport.Ordering;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Consent;

[LongRunning(76)]
public sealed class ConsentTests(FreshDatabaseApp apps) : IClassFixture<FreshDatabaseApp>
{
    [Theory]
    [AllDatabases]
    public async Task DirectieOfTheSchool_RecordsConsentOnThePage_AndTheHistoryShowsIt(DatabaseProvider provider)
    {
        var app = await apps.FreshAsync(provider);
        using var karin = await app.SignInAsync("karin.mulder");

        var post = await karin.PostFormAsync("/consent/students/daan.kok", new()
        {
            ["Form.Purpose"] = ConsentPurpose.PhotoOnSocialMedia,
            ["Form.Value"] = "Yes",
            ["Form.GivenBy"] = "priya.kok",
            ["Form.Note"] = "Formulier ingeleverd",
        });
        var consent = await karin.GetFromJsonAsync<StudentConsentDto>(new Uri("/api/consent/students/daan.kok", UriKind.Relative));
        var register = await karin.GetStringAsync(new Uri("/consent", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Equal("yes", consent!.Current[ConsentPurpose.PhotoOnSocialMedia]);
        var change = Assert.Single(consent.History);
        Assert.Equal(("karin.mulder", "priya.kok", "Formulier ingeleverd"), (change.ChangedBy, change.GivenBy, change.Note));
        Assert.Contains("data-student=\"daan.kok\"", register, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DirectieOfAnotherSchool_IsRefused_OnPageAndApi_AndNothingChanges()
    {
        var app = await apps.FreshAsync();
        using var youssef = await app.SignInAsync("youssef.bakker");
        using var karin = await app.SignInAsync("karin.mulder");

        var page = await youssef.GetAsync(new Uri("/consent/students/noah.bos", UriKind.Relative));
        var api = await youssef.PostAsJsonAsync(new Uri("/api/consent/students/noah.bos", UriKind.Relative),
            new ConsentChangeBody(ConsentPurpose.PhotoOnSocialMedia, "no", "ellen.bos", null, false, null));
        var consent = await karin.GetFromJsonAsync<StudentConsentDto>(new Uri("/api/consent/students/noah.bos", UriKind.Relative));

        Assert.NotEqual(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Equal("yes", consent!.Current[ConsentPurpose.PhotoOnSocialMedia]);
        Assert.All(consent.History, c => Assert.Equal("import", c.ChangedBy));
    }

    [Fact]
    public async Task Teacher_SeesTheRegisterOfTheOwnSchool_ButCannotChangeIt()
    {
        var app = await apps.FreshAsync();
        using var tom = await app.SignInAsync("tom.hendriks");

        var page = await tom.GetStringAsync(new Uri("/consent/students/emma.dewit", UriKind.Relative));
        var api = await tom.PostAsJsonAsync(new Uri("/api/consent/students/emma.dewit", UriKind.Relative),
            new ConsentChangeBody(ConsentPurpose.PhotoOnSocialMedia, "yes", "richard.dewit", null, false, null));
        var otherSchool = await tom.GetAsync(new Uri("/api/consent/students/julia.schouten", UriKind.Relative));

        Assert.Contains("consent-history", page, StringComparison.Ordinal);
        Assert.DoesNotContain("consent-form", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherSchool.StatusCode);
    }

    [Fact]
    public async Task Staf_WithdrawsConsent_ThroughTheApi_AndItCountsAsNo()
    {
        var app = await apps.FreshAsync();
        using var sanne = await app.SignInAsync("sanne.deboer");

        var response = await sanne.PostAsJsonAsync(new Uri("/api/consent/students/noah.bos", UriKind.Relative),
            new ConsentChangeBody(ConsentPurpose.PhotoOnSocialMedia, "unknown", "ellen.bos", null, true, "Ingetrokken per mail"));
        var consent = await response.Content.ReadFromJsonAsync<StudentConsentDto>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no", consent!.Current[ConsentPurpose.PhotoOnSocialMedia]);
        Assert.NotNull(consent.History[^1].WithdrawnAt);
        Assert.Equal(2, consent.History.Count(c => c.Purpose == ConsentPurpose.PhotoOnSocialMedia));
    }

    [Fact]
    public async Task ConsentWithoutAGiver_IsRefusedWithAMessage()
    {
        var app = await apps.FreshAsync();
        using var karin = await app.SignInAsync("karin.mulder");

        var response = await karin.PostAsJsonAsync(new Uri("/api/consent/students/daan.kok", UriKind.Relative),
            new ConsentChangeBody(ConsentPurpose.Website, "yes", null, null, false, null));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("wie de toestemming geeft", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Administrator_AddsAPurpose_AndTheRegisterAsksForIt()
    {
        var app = await apps.FreshAsync();
        using var sanne = await app.SignInAsync("sanne.deboer");

        var post = await sanne.PostFormAsync("/consent/settings?handler=Purpose", pagePath: "/consent/settings", fields: new() { ["NewCode"] = "video-schoolgids", ["NewName"] = "Video in de schoolgids" });
        var register = await sanne.GetStringAsync(new Uri("/consent?SchoolId=regenboog", UriKind.Relative));
        var consent = await sanne.GetFromJsonAsync<StudentConsentDto>(new Uri("/api/consent/students/noah.bos", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Contains("Video in de schoolgids", register, StringComparison.Ordinal);
        Assert.Equal("unknown", consent!.Current["video-schoolgids"]);
    }

    [Theory]
    [AllDatabases]
    public async Task PrimarySchoolPupil_CannotConsentAlone_AndWithoutAParentThereIsNoYes(DatabaseProvider provider)
    {
        var app = await apps.FreshAsync(provider);
        using var sanne = await app.SignInAsync("sanne.deboer");

        // Sara (groep 7) has no parent in the register; Noah (groep 7) has his mother Ellen.
        var alone = await sanne.PostAsJsonAsync(new Uri("/api/consent/students/sara.ouali", UriKind.Relative),
            new ConsentChangeBody(ConsentPurpose.Newsletter, "yes", ConsentGiver.StudentAged16OrOlder, null, false, null));
        var pageAlone = await sanne.PostFormAsync("/consent/students/sara.ouali", new()
        {
            ["Form.Purpose"] = ConsentPurpose.Newsletter,
            ["Form.Value"] = "Yes",
            ["Form.GivenBy"] = ConsentGiver.StudentAged16OrOlder,
        });
        var noahAlone = await sanne.PostAsJsonAsync(new Uri("/api/consent/students/noah.bos", UriKind.Relative),
            new ConsentChangeBody(ConsentPurpose.Newsletter, "yes", ConsentGiver.StudentAged16OrOlder, null, false, null));
        var noahByParent = await sanne.PostAsJsonAsync(new Uri("/api/consent/students/noah.bos", UriKind.Relative),
            new ConsentChangeBody(ConsentPurpose.Website, "yes", "ellen.bos", null, false, null));
        var sara = await sanne.GetFromJsonAsync<StudentConsentDto>(new Uri("/api/consent/students/sara.ouali", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, alone.StatusCode);
        var message = await alone.Content.ReadAsStringAsync();
        Assert.Contains("Sara Ouali zit op de basisschool en kan niet zelf toestemming geven", message, StringComparison.Ordinal);
        Assert.Contains("Voor Sara Ouali staat geen ouder of voogd in het register", message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, pageAlone.StatusCode);
        Assert.Contains("kan niet zelf toestemming geven", System.Net.WebUtility.HtmlDecode(await pageAlone.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noahAlone.StatusCode);
        Assert.Equal(HttpStatusCode.OK, noahByParent.StatusCode);
        Assert.Equal("unknown", sara!.Current[ConsentPurpose.Newsletter]);
        Assert.DoesNotContain(sara.History, c => c.Purpose == ConsentPurpose.Newsletter);
    }
}
