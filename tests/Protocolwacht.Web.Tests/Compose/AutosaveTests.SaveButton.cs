using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Features.Checks;
using Protocolwacht.Web.Features.Compose;

namespace Protocolwacht.Web.Tests.Compose;

/// <summary>
/// "Concept opslaan" from a stale tab takes the autosave's path, so a stale page cannot overwrite another tab's text. The form carries the versions its page may
/// have left on the server (Form.Known, the stored draft as the page opened it); a save over another version is refused
/// (409) with the page sent back: the author's own text in the box, the other version beside it word by word, and the
/// choice of which stays. And an account that can no longer be chosen is no conflict: the page names it and why.
/// </summary>
public sealed partial class AutosaveTests
{
    [Fact]
    public async Task SaveButton_FromAStaleTab_IsRefusedWithTheOtherVersion_KeepsTheAuthorsText_AndKeepingItSavesIt()
    {
        var app = await apps.FreshAsync();
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        var (token, id) = await OpenComposerAsync(tom);
        var opened = Version("Morgen is de sportdag.");
        Assert.Equal(HttpStatusCode.OK, (await SaveAsync(tom, token, Request(id, opened.Text!, []))).StatusCode);
        // The stale tab opens the draft; the other tab's autosave changes it afterwards.
        var staleKnows = KnownOn(await tom.GetPageAsync($"/compose/{id}"));
        Assert.Equal(HttpStatusCode.OK, (await SaveAsync(tom, token, Request(id, "Morgen is de sportdag op het veld.", [opened]))).StatusCode);

        var refused = await SaveWithButtonAsync(tom, id, "Morgen is de sportdag in de gymzaal.", staleKnows);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        var page = WebUtility.HtmlDecode(html);
        Assert.Contains(">Morgen is de sportdag in de gymzaal.</textarea>", page, StringComparison.Ordinal);
        Assert.Contains(DraftAutosave.ChangedElsewhere, page, StringComparison.Ordinal);
        Assert.DoesNotMatch("data-testid=\"autosave-conflict\" hidden", page);
        Assert.Contains("<del>op het veld.</del>", page, StringComparison.Ordinal);
        Assert.Contains("<ins>in de gymzaal.</ins>", page, StringComparison.Ordinal);
        Assert.Contains("Mijn tekst bewaren", page, StringComparison.Ordinal);
        Assert.Equal("Morgen is de sportdag op het veld.", (await app.WithDbAsync(db => db.Posts.SingleAsync())).Text);

        // "Mijn tekst bewaren" sends the form again, now knowing the other version: the author's text is saved and checked.
        var kept = await SaveWithButtonAsync(tom, id, "Morgen is de sportdag in de gymzaal.", KnownOn(html));

        Assert.Equal(HttpStatusCode.Redirect, kept.StatusCode);
        var post = await app.WithDbAsync(db => db.Posts.SingleAsync());
        Assert.Equal("Morgen is de sportdag in de gymzaal.", post.Text);
        Assert.NotNull(post.LastVerdict);
    }

    [Fact]
    public async Task SaveButton_OfTheStoredText_OrOverWhatItsPageKnows_IsNoConflict_AndANewDraftIsSavedAsBefore()
    {
        var app = await apps.FreshAsync();
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        var (token, id) = await OpenComposerAsync(tom);
        Assert.Equal(HttpStatusCode.OK, (await SaveAsync(tom, token, Request(id, "Morgen is de sportdag.", []))).StatusCode);
        var staleKnows = KnownOn(await tom.GetPageAsync($"/compose/{id}"));
        Assert.Equal(HttpStatusCode.OK, (await SaveAsync(tom, token, Request(id, "Morgen is de sportdag op het veld.", [Version("Morgen is de sportdag.")]))).StatusCode);

        // The stale tab saves the very text that is stored: nothing would be lost. Another text with the same knowledge is refused.
        var same = await SaveWithButtonAsync(tom, id, "Morgen is de sportdag op het veld.", staleKnows);
        var other = await SaveWithButtonAsync(tom, id, "Morgen is de sportdag, kom kijken!", staleKnows);
        // A current page knows what is stored, so its button saves over it.
        var current = await SaveWithButtonAsync(tom, id, "Morgen is de sportdag, kom kijken!", KnownOn(await tom.GetPageAsync($"/compose/{id}")));
        var fresh = await tom.PostFormAsync("/compose", new() { ["Form.Text"] = "Vrijdag is de open dag.", ["Form.AccountIds"] = "regenboog-x" }, handler: "Save");

        Assert.Equal(HttpStatusCode.Redirect, same.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, other.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, current.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, fresh.StatusCode);
        Assert.Equal(["Morgen is de sportdag, kom kijken!", "Vrijdag is de open dag."], await app.WithDbAsync(db => db.Posts.Select(p => p.Text).OrderBy(t => t).ToListAsync()));
    }

    // A page changed by hand says nothing of what it saw: answering it with the stored version as known would let its
    // next click overwrite that version unseen, so it knows none, and a save over a draft that differs is a conflict.
    [Theory]
    [InlineData("{niet-json")]
    [InlineData("[null]")]
    [InlineData("[{\"text\":\"Morgen is de sportdag.\"},null]")]
    public async Task SaveButton_WithAnUnreadableKnownVersion_IsAConflictWhenTheStoredDraftDiffers_AndKeepsTheText(string unreadable)
    {
        var app = await apps.FreshAsync();
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        var (token, id) = await OpenComposerAsync(tom);
        Assert.Equal(HttpStatusCode.OK, (await SaveAsync(tom, token, Request(id, "Morgen is de sportdag.", []))).StatusCode);

        var refused = await SaveWithButtonAsync(tom, id, "Morgen is de sportdag in de zaal.", unreadable);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        var page = WebUtility.HtmlDecode(html);
        Assert.Contains(DraftAutosave.ChangedElsewhere, page, StringComparison.Ordinal);
        Assert.Contains(">Morgen is de sportdag in de zaal.</textarea>", page, StringComparison.Ordinal);
        Assert.Equal("Morgen is de sportdag.", (await app.WithDbAsync(db => db.Posts.SingleAsync())).Text);

        // Saving the stored text itself loses nothing, and the conflict's page (knowing the stored version) saves over it.
        Assert.Equal(HttpStatusCode.Redirect, (await SaveWithButtonAsync(tom, id, "Morgen is de sportdag.", unreadable)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SaveWithButtonAsync(tom, id, "Morgen is de sportdag in de zaal.", KnownOn(html))).StatusCode);
        Assert.Equal("Morgen is de sportdag in de zaal.", (await app.WithDbAsync(db => db.Posts.SingleAsync())).Text);
    }

    [Fact]
    public async Task Autosave_WithANullKnownVersion_IsAnsweredAsAConflict_NotAServerError()
    {
        var app = await apps.FreshAsync();
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        var (token, id) = await OpenComposerAsync(tom);
        Assert.Equal(HttpStatusCode.OK, (await SaveAsync(tom, token, Request(id, "Morgen is de sportdag.", []))).StatusCode);

        var refused = await SaveAsync(tom, token, Request(id, "Morgen is de sportdag in de zaal.", [null!]));

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("Morgen is de sportdag.", (await app.WithDbAsync(db => db.Posts.SingleAsync())).Text);
    }

    /// <summary>
    /// An account the draft names that the author may no longer post on (here the advisor moved it to another
    /// school; a disconnected account is the same) was left out of the page's boxes, and the script took the boxes for
    /// the stored draft: its next autosave named a version the server never held, and was refused as a change from
    /// another tab. The page now hands the stored draft as stored and says what happened.
    /// </summary>
    [Fact]
    public async Task AccountNoLongerChoosable_BetweenTwoSaves_IsSaidOnTheComposer_AndTheNextSaveIsNoConflict()
    {
        var app = await apps.FreshAsync();
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        using var sanne = await app.SignInAsync("sanne.deboer");
        var (token, id) = await OpenComposerAsync(tom);
        Assert.Equal(HttpStatusCode.OK, (await SaveAsync(tom, token, new AutosaveRequest(id, "Morgen is de sportdag.", ["regenboog-x", "regenboog-facebook"], null, []))).StatusCode);
        var moved = await sanne.PostFormAsync("/accounts/edit/regenboog-facebook", new()
        {
            ["Form.Channel"] = "facebook",
            ["Form.Handle"] = "Basisschool De Regenboog",
            ["Form.SchoolId"] = "kompas",
        });
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        await app.AdvanceAsync(CheckerSnapshot.MaxAge + TimeSpan.FromSeconds(1));

        var html = await tom.GetPageAsync($"/compose/{id}");
        var page = WebUtility.HtmlDecode(html);
        var known = KnownOn(html);
        var next = await SaveAsync(tom, token, new AutosaveRequest(id, "Morgen is de sportdag op het veld.", ["regenboog-x"], null, JsonSerializer.Deserialize<List<DraftVersion>>(known, JsonSerializerOptions.Web)));

        Assert.Contains(IndexModel.NoLongerAllowed("Basisschool De Regenboog"), page, StringComparison.Ordinal);
        Assert.Equal(["regenboog-x", "regenboog-facebook"], JsonSerializer.Deserialize<List<DraftVersion>>(known, JsonSerializerOptions.Web)!.Single().Accounts);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        var post = await app.WithDbAsync(db => db.Posts.SingleAsync());
        Assert.Equal("Morgen is de sportdag op het veld.", post.Text);
        Assert.Equal(["regenboog-x"], post.AccountIds);
        Assert.DoesNotContain("lost-account", await tom.GetPageAsync($"/compose/{id}"), StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> SaveWithButtonAsync(AppClient client, Guid id, string text, string known) =>
        client.PostFormAsync($"/compose/{id}", new() { ["Form.Text"] = text, ["Form.AccountIds"] = "regenboog-x", ["Form.Known"] = known }, handler: "Save");

    /// <summary>The versions the page (its HTML as sent) says it may have left on the server (its Form.Known field), as its form sends them.</summary>
    private static string KnownOn(string page) => WebUtility.HtmlDecode(KnownPattern().Match(page).Groups[1].Value);

    [GeneratedRegex("name=\"Form.Known\" value=\"([^\"]*)\"")]
    private static partial Regex KnownPattern();
}
