using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Consent;
using Protocolwacht.Domain.Posts;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Features.Consent;
using Protocolwacht.Web.Tests.Consent;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Infrastructure.Localization;

/// <summary>
/// The Dutch that English readers still saw at stop 37, each beside what a Dutch reader sees: the reasons the system
/// wrote into a post's history (now stored as a code with arguments, rendered in the reader's language, a moment as the
/// page writes moments), the take-up form's prefilled reason (sent back unchanged, the stored Dutch reason is kept, so
/// a Dutch reader of the history reads Dutch), the erasure page, and three pupils on one photo in the check's message.
/// One app for the class, a fresh database per test (<see cref="FreshDatabaseApp"/>).
/// </summary>
public sealed partial class EnglishReaderHistoryTests(FreshDatabaseApp apps) : IClassFixture<FreshDatabaseApp>
{
    private const string EnglishTaskReason = "Consent for their photo on social media has been withdrawn";
    private const string DutchTaskReason = "De toestemming voor zijn of haar foto op social media is ingetrokken";

    [Fact]
    public async Task PostHistory_AndTakeUpForm_ForAnEnglishReader_AreEnglish_AndTheStoredReasonStaysDutch()
    {
        var app = await apps.FreshAsync();
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        using var karin = await app.SignInAsync("karin.mulder");
        using var sanne = await app.SignInAsync("sanne.deboer");
        var id = await ConsentAfterPublicationTests.ComposeWithPhotoAsync(tom, "Onze voorleeskampioen op het podium.", "noah.bos", null);
        await tom.PublishAsync(id);
        await app.AdvanceAsync(app.UndoPeriod);
        var withdrawn = await karin.PostAsJsonAsync(new Uri("/api/consent/students/noah.bos", UriKind.Relative),
            new ConsentChangeBody(ConsentPurpose.PhotoOnSocialMedia, "no", "ellen.bos", null, false, "Ouder mailde de directeur."));
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        var task = await app.WithDbAsync(db => db.PostChanges.SingleAsync());

        var dutch = WebUtility.HtmlDecode(await sanne.GetPageAsync($"/posts/{id}"));
        await EnglishReaderDetailsTests.InEnglishAsync(sanne);
        var english = WebUtility.HtmlDecode(await sanne.GetPageAsync($"/posts/{id}"));

        // The history's system reasons: the moment of publication, and the check's verdict.
        Assert.Matches(@"Publicatie vanaf \d{1,2}-\d{1,2}-\d{4} \d{2}:\d{2}:\d{2}\.", Transitions(dutch));
        Assert.Matches(@"Publication from \d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2}\.", Transitions(english));
        Assert.Contains("De controle", Transitions(dutch), StringComparison.Ordinal);
        Assert.Contains("The check", Transitions(english), StringComparison.Ordinal);
        Assert.DoesNotContain("Publicatie vanaf", Transitions(english), StringComparison.Ordinal);
        Assert.DoesNotContain("De controle", Transitions(english), StringComparison.Ordinal);

        // The take-up form offers the task's reason in the reader's language.
        Assert.Matches($"<textarea id=\"takeup-{task.Id}\"[^>]*>{DutchTaskReason}", dutch);
        Assert.Matches($"<textarea id=\"takeup-{task.Id}\"[^>]*>{EnglishTaskReason}", english);

        // Sent back as shown: the request keeps the Dutch reason, and each reader reads the step in their language.
        var shown = TakeUpText().Match(english).Groups[1].Value;
        await sanne.OnPostPageAsync(id, "TakeUp", new() { ["changeId"] = task.Id.ToString(), ["reason"] = shown });
        Assert.StartsWith(DutchTaskReason, await app.WithDbAsync(db => db.PostChanges.Select(c => c.Reason).SingleAsync()), StringComparison.Ordinal);
        var requested = (await app.WithDbAsync(db => db.Posts.AsNoTracking().SingleAsync(p => p.Id == id))).Transitions.Single(t => t.Action == PostAction.ChangeRequested);
        Assert.Equal((PostTransitionReasons.DeletionRequested, $"Verwijderen: {task.Reason}"), (requested.ReasonCode, requested.Reason));
        Assert.Contains($"Delete: {EnglishTaskReason}", Transitions(WebUtility.HtmlDecode(await sanne.GetPageAsync($"/posts/{id}"))), StringComparison.Ordinal);
        Assert.Contains($"Verwijderen: {DutchTaskReason}", Transitions(WebUtility.HtmlDecode(await karin.GetPageAsync($"/posts/{id}"))), StringComparison.Ordinal);

        // Approved and deleted: the archive's tombstone names its kind and the task's reason in the reader's language
        // (the published record is redacted and no longer shown).
        await karin.OnPostPageAsync(id, "Decide", new() { ["changeId"] = task.Id.ToString(), ["approve"] = "true" });
        await app.AdvanceAsync(TimeSpan.FromSeconds(5));
        var archiveInEnglish = Archive(WebUtility.HtmlDecode(await sanne.GetPageAsync($"/posts/{id}")));
        var archiveInDutch = Archive(WebUtility.HtmlDecode(await karin.GetPageAsync($"/posts/{id}")));
        Assert.Matches(@"#\d+ deleted from the platform</strong>", archiveInEnglish);
        Assert.Contains($"Reason: {EnglishTaskReason}", archiveInEnglish, StringComparison.Ordinal);
        Assert.DoesNotContain(DutchTaskReason, archiveInEnglish, StringComparison.Ordinal);
        Assert.Matches(@"#\d+ verwijderd van het platform</strong>", archiveInDutch);
        Assert.Contains($"Reden: {DutchTaskReason}", archiveInDutch, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReasonTypedWithTheInterfacesOwnWords_IsShownAsTyped_AroundEnglishInterfaceWords()
    {
        const string Typed = "Verwijderen"; // the interface's own word for a deletion, typed as the reason
        await using var app = await ProtocolwachtApp.StartAsync();
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        using var karin = await app.SignInAsync("karin.mulder");
        using var sanne = await app.SignInAsync("sanne.deboer");
        var id = await ConsentAfterPublicationTests.ComposeWithPhotoAsync(tom, "Onze voorleeskampioen op het podium.", "noah.bos", null);
        await tom.PublishAsync(id);
        await app.AdvanceAsync(app.UndoPeriod);
        await karin.PostAsJsonAsync(new Uri("/api/consent/students/noah.bos", UriKind.Relative),
            new ConsentChangeBody(ConsentPurpose.PhotoOnSocialMedia, "no", "ellen.bos", null, false, null));
        var task = await app.WithDbAsync(db => db.PostChanges.SingleAsync());
        await EnglishReaderDetailsTests.InEnglishAsync(sanne);

        await sanne.OnPostPageAsync(id, "TakeUp", new() { ["changeId"] = task.Id.ToString(), ["reason"] = Typed });
        var english = WebUtility.HtmlDecode(await sanne.GetPageAsync($"/posts/{id}"));

        // The same words as an interface text are English on this page; as the person's reason they stay as typed.
        Assert.Contains("<strong>Delete</strong>", english, StringComparison.Ordinal); // the change's kind
        Assert.Contains($"Delete: {Typed}", Transitions(english), StringComparison.Ordinal);
        Assert.Contains($"<span data-testid=\"change-reason\">{Typed}</span>", english, StringComparison.Ordinal);
        Assert.DoesNotContain("Delete: Delete", english, StringComparison.Ordinal);
        Assert.DoesNotContain("<span data-testid=\"change-reason\">Delete</span>", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TakeUpWithTheReadersOwnWords_StoresThemAsWritten()
    {
        var app = await apps.FreshAsync();
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        using var karin = await app.SignInAsync("karin.mulder");
        using var sanne = await app.SignInAsync("sanne.deboer");
        var id = await ConsentAfterPublicationTests.ComposeWithPhotoAsync(tom, "Onze voorleeskampioen op het podium.", "noah.bos", null);
        await tom.PublishAsync(id);
        await app.AdvanceAsync(app.UndoPeriod);
        await karin.PostAsJsonAsync(new Uri("/api/consent/students/noah.bos", UriKind.Relative),
            new ConsentChangeBody(ConsentPurpose.PhotoOnSocialMedia, "no", "ellen.bos", null, false, null));
        var task = await app.WithDbAsync(db => db.PostChanges.SingleAsync());
        await EnglishReaderDetailsTests.InEnglishAsync(sanne);

        await sanne.OnPostPageAsync(id, "TakeUp", new() { ["changeId"] = task.Id.ToString(), ["reason"] = "Parents asked by phone; remove today." });

        Assert.Equal("Parents asked by phone; remove today.", await app.WithDbAsync(db => db.PostChanges.Select(c => c.Reason).SingleAsync()));
        Assert.Contains("Verwijderen: Parents asked by phone; remove today.", Transitions(WebUtility.HtmlDecode(await karin.GetPageAsync($"/posts/{id}"))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ErasurePage_ForAnEnglishReader_IsEnglish()
    {
        var app = await apps.FreshAsync();
        using var sanne = await app.SignInAsync("sanne.deboer");
        var dutch = WebUtility.HtmlDecode(await sanne.GetPageAsync("/privacy/pupils/noah.bos/erase"));
        await EnglishReaderDetailsTests.InEnglishAsync(sanne);

        var english = WebUtility.HtmlDecode(await sanne.GetPageAsync("/privacy/pupils/noah.bos/erase"));
        var refused = WebUtility.HtmlDecode(await (await sanne.PostFormAsync("/privacy/pupils/noah.bos/erase", new() { ["Reason"] = "Request of the parents.", ["Confirm"] = "false" })).Content.ReadAsStringAsync());
        var done = WebUtility.HtmlDecode(await (await sanne.PostFormAsync("/privacy/pupils/noah.bos/erase", new() { ["Reason"] = "Request of the parents.", ["Confirm"] = "true" })).Content.ReadAsStringAsync());

        Assert.Contains("Leerling definitief wissen", dutch, StringComparison.Ordinal);
        Assert.Contains("Dit kan niet ongedaan worden gemaakt", dutch, StringComparison.Ordinal);
        Assert.Contains("Erase student permanently", english, StringComparison.Ordinal);
        Assert.Contains("This cannot be undone", english, StringComparison.Ordinal);
        Assert.Contains("<strong>Noah Bos</strong>", english, StringComparison.Ordinal);
        Assert.DoesNotContain("Dit kan niet ongedaan", english, StringComparison.Ordinal);
        Assert.DoesNotContain("wissen", MainOf(english), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"erase-error\"", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("Vink aan", refused, StringComparison.Ordinal);
        Assert.Matches(@"The student has been erased: \d+ posts changed", done);
        Assert.DoesNotContain("De leerling is gewist", done, StringComparison.Ordinal);
    }

    private static string Transitions(string page) => TransitionList().Match(page).Value;

    private static string Archive(string page) => ArchiveList().Match(page).Value;

    private static string MainOf(string page) => MainPart().Match(page).Value;

    [GeneratedRegex("<ol class=\"transitions\".*?</ol>", RegexOptions.Singleline)]
    private static partial Regex TransitionList();

    [GeneratedRegex("<ol class=\"archive-history\".*?</ol>", RegexOptions.Singleline)]
    private static partial Regex ArchiveList();

    [GeneratedRegex("<main.*?</main>", RegexOptions.Singleline)]
    private static partial Regex MainPart();

    [GeneratedRegex("<textarea id=\"takeup-[^\"]+\"[^>]*>([^<]*)</textarea>")]
    private static partial Regex TakeUpText();
}
