using System.Net;
using System.Net.Http.Json;
using System.Text;
using Protocolwacht.Domain.Consent;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Features.Checks;
using Protocolwacht.Web.Features.Consent;
using Protocolwacht.TestSupport.Ordering;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Checks;

/// <summary>The check reads the consent register by purpose and never tells a reader about pupils they may not see.</summary>
[LongRunning(66)]
public sealed class ConsentInTheCheckTests(FreshDatabaseApp apps) : IClassFixture<FreshDatabaseApp>
{
    private static async Task<LiveCheckResponse> LiveAsync(AppClient client, string text, string account, params LiveAttachment[] attachments)
    {
        var response = await client.PostJsonAsync("/api/checks/live", new LiveCheckRequest(text, [account], false, attachments));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<LiveCheckResponse>())!;
    }

    private static async Task RecordAsync(AppClient director, string student, string purpose, string value, string parent)
    {
        var response = await director.PostJsonAsync($"/api/consent/students/{student}", new ConsentChangeBody(purpose, value, parent, null, false, null));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static LiveAttachment Photo(params string[] depicts) => new("image", "own", null, depicts, 0, false);

    [Theory]
    [AllDatabases]
    public async Task Names_FollowTheNamePurpose_AndImages_FollowThePhotoPurpose(DatabaseProvider provider)
    {
        var app = await apps.FreshAsync(provider);
        using var karin = await app.SignInAsync("karin.mulder");
        using var tom = await app.SignInAsync("tom.hendriks");
        // Noah: photo "ja" (from the file), name "nee". Emma: photo "nee" (from the file), name "ja".
        await RecordAsync(karin, "noah.bos", ConsentPurpose.NameOnSocialMedia, "no", "ellen.bos");
        await RecordAsync(karin, "emma.dewit", ConsentPurpose.NameOnSocialMedia, "yes", "richard.dewit");
        await app.AdvanceAsync(CheckerSnapshot.MaxAge + TimeSpan.FromSeconds(1));

        var noahNamed = await LiveAsync(tom, "Noah Bos heeft de tekenwedstrijd gewonnen!", "regenboog-x");
        var emmaNamed = await LiveAsync(tom, "Emma de Wit heeft de tekenwedstrijd gewonnen!", "regenboog-x");
        var noahPictured = await LiveAsync(tom, "De winnende tekening!", "regenboog-x", Photo("noah.bos"));
        var emmaPictured = await LiveAsync(tom, "De winnende tekening!", "regenboog-x", Photo("emma.dewit"));

        Assert.Contains(noahNamed.Findings, f => f.Category == "personal-data" && f.Severity == "doubt" && f.Message.Contains("Noah Bos", StringComparison.Ordinal));
        Assert.Equal("doubt", noahNamed.Verdict);
        Assert.DoesNotContain(emmaNamed.Findings, f => f.Category == "personal-data");
        Assert.Equal("allow", emmaNamed.Verdict);
        Assert.DoesNotContain(noahPictured.Findings, f => f.Category == "image-consent");
        Assert.Contains(emmaPictured.Findings, f => f.Category == "image-consent" && f.Severity == "block");
    }

    [Theory]
    [AllDatabases]
    public async Task LiveCheck_NeverDisclosesAPupilOfASchoolTheAuthorMayNotSee(DatabaseProvider provider)
    {
        var app = await apps.FreshAsync(provider);
        using var tom = await app.SignInAsync("tom.hendriks");
        using var jeroen = await app.SignInAsync("jeroen.vos");
        const string Text = "Gefeliciteerd Milan Jacobs met je zwemdiploma!";

        // Milan's own school is told about him: the finding could be there.
        var ownSchool = await LiveAsync(jeroen, Text, "kompas-instagram");
        var otherSchool = await LiveAsync(tom, Text, "regenboog-x");
        var unknownName = await LiveAsync(tom, "Gefeliciteerd Pieter Klaassen met je zwemdiploma!", "regenboog-x");
        var otherSchoolPicture = await LiveAsync(tom, "Kijk eens!", "regenboog-x", Photo("milan.jacobs"));
        var unknownPicture = await LiveAsync(tom, "Kijk eens!", "regenboog-x", Photo("pieter.klaassen"));

        Assert.Contains(ownSchool.Findings, f => f.Message.Contains("Milan Jacobs", StringComparison.Ordinal));
        Assert.DoesNotContain(otherSchool.Findings, f => f.Message.Contains("Milan", StringComparison.Ordinal) || f.Message.Contains("Kompas", StringComparison.Ordinal));
        Assert.Equal(unknownName.Verdict, otherSchool.Verdict);
        Assert.Equal(unknownName.Findings.Select(f => (f.Category, f.Severity)), otherSchool.Findings.Select(f => (f.Category, f.Severity)));
        // A picture said to show Milan is answered as for an id nobody knows: no "zonder toestemming".
        Assert.DoesNotContain(otherSchoolPicture.Findings, f => f.Message.Contains("Milan Jacobs", StringComparison.Ordinal) || f.Severity == "block");
        Assert.Equal(unknownPicture.Findings.Select(f => (f.Category, f.Severity)), otherSchoolPicture.Findings.Select(f => (f.Category, f.Severity)));
    }

    [Fact]
    public async Task BatchApi_ReadsAsTheSignedInPerson_NotAsTheAuthorInTheBody()
    {
        var app = await apps.FreshAsync();
        using var tom = await app.SignInAsync("tom.hendriks");
        using var jeroen = await app.SignInAsync("jeroen.vos");
        const string Body = """{"id":"m1","text":"Gefeliciteerd Milan Jacobs met je zwemdiploma!","account":{"kind":"school","school":"kompas","channel":"instagram"},"author":"jeroen.vos"}""";

        using var asJeroen = new StringContent(Body, Encoding.UTF8, "application/json");
        var jeroensAnswer = await (await jeroen.PostAsync(new Uri("/api/checks", UriKind.Relative), asJeroen)).Content.ReadAsStringAsync();
        using var asTom = new StringContent(Body, Encoding.UTF8, "application/json");
        var tomsAnswer = await (await tom.PostAsync(new Uri("/api/checks", UriKind.Relative), asTom)).Content.ReadAsStringAsync();

        Assert.Contains("Milan Jacobs", jeroensAnswer, StringComparison.Ordinal);
        Assert.DoesNotContain("Milan", tomsAnswer, StringComparison.Ordinal);
    }
}
