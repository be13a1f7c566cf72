using Protocolwacht.TestSupport;

namespace Protocolwacht.Web.Tests.Notifications;

/// <summary>Issue #12 item 7: mail in the recipient's language when the system knows it (their choice with the language switch), otherwise Dutch.</summary>
public sealed class MailLanguageTests
{
    private const string DoubtText = "Daan Kok uit groep 3 heeft vandaag de voorleeswedstrijd gewonnen!";

    [Fact]
    public async Task AdviceRequest_ToAManagerWhoChoseEnglish_IsInEnglish_TheAuthorsReceiptStaysDutch()
    {
        await using var app = await ProtocolwachtApp.StartAsync();
        using var karin = await app.SignInAsync("karin.mulder");
        using var switched = await karin.PostFormAsync("/taal", new() { ["culture"] = "en", ["returnUrl"] = "/protocol" }, pagePath: "/protocol");
        await app.AcknowledgeProtocolAsync("bas.meijer");
        using var bas = await app.SignInAsync("bas.meijer");
        var id = await bas.ComposeAsync(DoubtText, "regenboog-x");

        await bas.RequestAdviceAsync(id);
        await app.RunBackgroundJobsAsync();
        var toKarin = await app.Smtp.WaitForAsync(m => m.Recipients.Any(r => r.StartsWith("karin.mulder@", StringComparison.Ordinal)));
        var toBas = await app.Smtp.WaitForAsync(m => m.Recipients.Any(r => r.StartsWith("bas.meijer@", StringComparison.Ordinal)));

        Assert.Equal(System.Net.HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Contains("Subject: Advice request from Bas Meijer", toKarin.Body, StringComparison.Ordinal);
        Assert.Contains("Dear Karin Mulder,", toKarin.Body, StringComparison.Ordinal);
        Assert.Contains("Bas Meijer asks for your advice on a post before it is posted. Please answer before", toKarin.Body, StringComparison.Ordinal);
        Assert.Contains("View the post: ", toKarin.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Beste ", toKarin.Body, StringComparison.Ordinal);
        Assert.Contains("Subject: Je adviesvraag is verstuurd", toBas.Body, StringComparison.Ordinal);
        Assert.Contains("Beste Bas Meijer,", toBas.Body, StringComparison.Ordinal);
        Assert.Contains("Je hebt Karin Mulder om advies gevraagd.", toBas.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PasswordReset_ForSomeoneWhoChoseEnglish_IsInEnglish_ForSomeoneWhoDidNotDutch()
    {
        await using var app = await ProtocolwachtApp.StartAsync();
        using var tom = await app.SignInAsync("tom.hendriks");
        using var switched = await tom.PostFormAsync("/taal", new() { ["culture"] = "en", ["returnUrl"] = "/protocol" }, pagePath: "/protocol");
        using var visitor = app.Anonymous();

        await visitor.PostFormAsync("/account/password/forgot", new() { ["Address"] = "tom.hendriks" });
        await visitor.PostFormAsync("/account/password/forgot", new() { ["Address"] = "karin.mulder" });
        await app.RunBackgroundJobsAsync();
        var toTom = await app.Smtp.WaitForAsync(m => m.Recipients.Any(r => r.StartsWith("tom.hendriks@", StringComparison.Ordinal)));
        var toKarin = await app.Smtp.WaitForAsync(m => m.Recipients.Any(r => r.StartsWith("karin.mulder@", StringComparison.Ordinal)));

        Assert.Equal(System.Net.HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Contains("Subject: New password for Protocolwacht", toTom.Body, StringComparison.Ordinal);
        Assert.Contains("Dear colleague,", toTom.Body, StringComparison.Ordinal);
        Assert.Matches(@"valid until \d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:", toTom.Body);
        Assert.Contains("Kind regards,", toTom.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Beste collega", toTom.Body, StringComparison.Ordinal);
        Assert.Contains("Subject: Nieuw wachtwoord voor Protocolwacht", toKarin.Body, StringComparison.Ordinal);
        Assert.Contains("Beste collega,", toKarin.Body, StringComparison.Ordinal);
        Assert.Matches(@"geldig tot \d{1,2}-\d{1,2}-\d{4} \d{2}:\d{2}:", toKarin.Body);
    }
}
