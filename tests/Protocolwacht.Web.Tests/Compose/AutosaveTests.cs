using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Features.Compose;
using Protocolwacht.TestSupport.Ordering;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Compose;

/// <summary>Issue #12 item 2: the composer saves the draft by itself, always as the same draft, only the author's, only while it is a draft.</summary>
[LongRunning(86)]
public sealed partial class AutosaveTests(AutosaveTests.Apps apps) : IClassFixture<AutosaveTests.Apps>
{
    private const string Autosave = "/api/compose/autosave";

    [Theory]
    [AllDatabases]
    public async Task Autosave_CreatesTheDraftOnce_ThenUpdatesTheSamePost_WithoutWorkflowSteps(DatabaseProvider provider)
    {
        var app = await apps.FreshAsync(provider);
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        var (token, id) = await OpenComposerAsync(tom);

        var first = await SaveAsync(tom, token, new AutosaveRequest(id, "Morgen is de sportdag", ["regenboog-x"], null));
        var second = await SaveAsync(tom, token, new AutosaveRequest(id, "Morgen is de sportdag op het veld.", ["regenboog-x"], null));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var answer = (await second.Content.ReadFromJsonAsync<AutosaveResponse>())!;
        Assert.Equal(id, answer.Id);
        Assert.Equal($"/compose/{id}", answer.EditUrl);
        Assert.Matches("^[0-2][0-9]:[0-5][0-9]$", answer.SavedAt);
        var post = await app.WithDbAsync(db => db.Posts.SingleAsync());
        Assert.Equal(id, post.Id);
        Assert.Equal("Morgen is de sportdag op het veld.", post.Text);
        Assert.Equal(PostState.Draft, post.State);
        Assert.Equal([PostAction.Created], post.Transitions.Select(t => t.Action)); // typing leaves no history of its own

        // The buttons (no JavaScript) save into the same draft: the edit page is the draft's.
        var edit = await tom.GetPageAsync(answer.EditUrl);
        Assert.Contains("Morgen is de sportdag op het veld.", edit, StringComparison.Ordinal);
        var saved = await tom.PostFormAsync(answer.EditUrl, new() { ["Form.Text"] = "Morgen is de sportdag op het veld!", ["Form.AccountIds"] = "regenboog-x" }, handler: "Save");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.Posts.CountAsync()));
    }

    [Theory]
    [AllDatabases]
    public async Task Autosave_RefusesAnotherPersonsDraft_AndAPostThatIsNoLongerADraft(DatabaseProvider provider)
    {
        var app = await apps.FreshAsync(provider);
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        await app.AcknowledgeProtocolAsync("linda.koster");
        using var tom = await app.SignInAsync("tom.hendriks");
        using var linda = await app.SignInAsync("linda.koster");
        var (token, id) = await OpenComposerAsync(tom);
        Assert.Equal(HttpStatusCode.OK, (await SaveAsync(tom, token, new AutosaveRequest(id, "Wat een mooie sportdag vandaag!", ["regenboog-x"], null))).StatusCode);
        var (lindasToken, _) = await OpenComposerAsync(linda);

        var intruder = await SaveAsync(linda, lindasToken, new AutosaveRequest(id, "Overschreven", ["sintjozef-x"], null));
        var withoutToken = await tom.PostJsonAsync(Autosave, new AutosaveRequest(id, "Zonder token", ["regenboog-x"], null));

        Assert.Equal(HttpStatusCode.NotFound, intruder.StatusCode);
        Assert.Contains("Dit concept bestaat niet of is niet van jou.", await intruder.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Equal("Wat een mooie sportdag vandaag!", (await app.WithDbAsync(db => db.Posts.SingleAsync())).Text);

        // The same save as the author succeeds: the refusal above was about who asked.
        Assert.Equal(HttpStatusCode.OK, (await SaveAsync(tom, token, new AutosaveRequest(id, "Wat een mooie sportdag vandaag!!", ["regenboog-x"], null))).StatusCode);

        // Saved with the button (checked: allowed) and confirmed for publication: no longer a draft.
        Assert.Equal(HttpStatusCode.Redirect, (await tom.PostFormAsync($"/compose/{id}", new() { ["Form.Text"] = "Wat een mooie sportdag vandaag!", ["Form.AccountIds"] = "regenboog-x" }, handler: "Save")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await tom.PublishAsync(id)).StatusCode);
        var late = await SaveAsync(tom, token, new AutosaveRequest(id, "Toch nog iets anders", ["regenboog-x"], null));

        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("Dit bericht is geen concept meer", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var post = await app.WithDbAsync(db => db.Posts.SingleAsync());
        Assert.Equal(PostState.Queued, post.State);
        Assert.Equal("Wat een mooie sportdag vandaag!", post.Text);
    }

    [Fact]
    public async Task Autosave_TooLongText_IsRefusedInTheReadersLanguage_WithNumbersAsTheReaderWritesThem()
    {
        var app = await apps.FreshAsync();
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var dutch = await app.SignInAsync("tom.hendriks");
        using var english = await app.SignInAsync("tom.hendriks");
        await Infrastructure.Localization.EnglishReaderDetailsTests.InEnglishAsync(english);
        var (dutchToken, dutchId) = await OpenComposerAsync(dutch);
        var (englishToken, englishId) = await OpenComposerAsync(english);
        var text = new string('a', PostContent.MaxTextLength + 1);

        var forDutch = await SaveAsync(dutch, dutchToken, new AutosaveRequest(dutchId, text, ["regenboog-x"], null));
        var forEnglish = await SaveAsync(english, englishToken, new AutosaveRequest(englishId, text, ["regenboog-x"], null));

        // autosave.js shows the detail under the text.
        Assert.Equal(HttpStatusCode.BadRequest, forDutch.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, forEnglish.StatusCode);
        Assert.Contains("Een concept mag maximaal 10.000 tekens hebben; deze tekst heeft er 10.001.", await forDutch.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("A draft may have at most 10,000 characters; this text has 10,001.", await forEnglish.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Posts.CountAsync()));
    }

    /// <summary>Opens a new composer as a browser does: its anti-forgery token and the draft id it will autosave into.</summary>
    private static async Task<(string Token, Guid Id)> OpenComposerAsync(AppClient client)
    {
        var page = await client.GetPageAsync("/compose");
        var token = WebUtility.HtmlDecode(TokenPattern().Match(page).Groups[1].Value);
        return (token, Guid.Parse(IdPattern().Match(page).Groups[1].Value));
    }

    private static async Task<HttpResponseMessage> SaveAsync(AppClient client, string token, AutosaveRequest body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Autosave, UriKind.Relative)) { Content = JsonContent.Create(body) };
        request.Headers.Add("RequestVerificationToken", token);
        return await client.SendAsync(request);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("data-autosave=\"([0-9a-f-]{36})\"")]
    private static partial Regex IdPattern();
}
