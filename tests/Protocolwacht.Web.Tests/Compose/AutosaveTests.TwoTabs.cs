using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Features.Compose;

namespace Protocolwacht.Web.Tests.Compose;

/// <summary>
/// Two tabs on one draft (stop 46): each autosave says which versions its page may have left on the server, and a
/// draft that holds another one was changed in the other tab. That save is refused with the other tab's version and the
/// word-level difference, so the page can show both and let the author choose; it no longer overwrites it unseen.
/// </summary>
public sealed partial class AutosaveTests
{
    [Fact]
    public async Task SecondTabsSave_OverADraftTheFirstTabChanged_IsRefusedWithTheOtherVersion_UntilItIsKnown()
    {
        var app = await apps.FreshAsync();
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        var (token, id) = await OpenComposerAsync(tom);
        var opened = Version("Morgen is de sportdag.");
        Assert.Equal(HttpStatusCode.OK, (await SaveAsync(tom, token, Request(id, opened.Text!, []))).StatusCode);

        // Both tabs opened the draft as saved; the first tab saves on.
        var first = await SaveAsync(tom, token, Request(id, "Morgen is de sportdag op het veld.", [opened]));
        var second = await SaveAsync(tom, token, Request(id, "Morgen is de sportdag in de gymzaal.", [opened]));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        using var answer = JsonDocument.Parse(await second.Content.ReadAsStringAsync());
        Assert.Equal(DraftAutosave.ChangedElsewhere, answer.RootElement.GetProperty("detail").GetString());
        var theirs = answer.RootElement.GetProperty("theirs");
        Assert.Equal("Morgen is de sportdag op het veld.", theirs.GetProperty("text").GetString());
        Assert.Equal(["regenboog-x"], theirs.GetProperty("accounts").EnumerateArray().Select(a => a.GetString()));
        // From the other tab's text to this one's, word by word: what only the other has, what only this one has.
        var difference = answer.RootElement.GetProperty("difference").EnumerateArray()
            .Select(p => (p.GetProperty("kind").GetInt32(), p.GetProperty("text").GetString())).ToList();
        Assert.Equal([(0, "Morgen is de sportdag "), (1, "in de gymzaal."), (-1, "op het veld.")], difference);
        Assert.Equal("Morgen is de sportdag op het veld.", (await app.WithDbAsync(db => db.Posts.SingleAsync())).Text);

        // The author chose their own text: with the other version known, the same save replaces it.
        var kept = await SaveAsync(tom, token, Request(id, "Morgen is de sportdag in de gymzaal.", [Version("Morgen is de sportdag op het veld.")]));

        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        Assert.Equal("Morgen is de sportdag in de gymzaal.", (await app.WithDbAsync(db => db.Posts.SingleAsync())).Text);
    }

    [Fact]
    public async Task SaveOfWhatIsStoredAlready_OrWhileTheSameTabsSaveIsUnderWay_IsNoConflict()
    {
        var app = await apps.FreshAsync();
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        var (token, id) = await OpenComposerAsync(tom);
        var opened = Version("Morgen is de sportdag.");
        Assert.Equal(HttpStatusCode.OK, (await SaveAsync(tom, token, Request(id, opened.Text!, []))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SaveAsync(tom, token, Request(id, "Morgen is de sportdag op het veld.", [opened]))).StatusCode);

        // The other tab typed the same text: nothing would be lost, so nothing is refused. Another text with the same
        // knowledge is refused: the answer above was about the text, not the knowledge.
        var same = await SaveAsync(tom, token, Request(id, "Morgen is de sportdag op het veld.", [opened]));
        var other = await SaveAsync(tom, token, Request(id, "Morgen is de sportdag, kom kijken!", [opened]));
        // One tab's pause save (stored) and its leaving save sent before the pause's answer: the leaving save names both.
        var leaving = await SaveAsync(tom, token, Request(id, "Morgen is de sportdag op het veld!", [opened, Version("Morgen is de sportdag op het veld.")]));

        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, other.StatusCode);
        Assert.Equal(HttpStatusCode.OK, leaving.StatusCode);
        Assert.Equal("Morgen is de sportdag op het veld!", (await app.WithDbAsync(db => db.Posts.SingleAsync())).Text);
    }

    [Fact]
    public async Task DraftSavedWithTheButton_IsKnownByItsText_WhateverTheLineEndings_AndTheRefusalIsInTheReadersLanguage()
    {
        var app = await apps.FreshAsync();
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        using var english = await app.SignInAsync("tom.hendriks");
        await Infrastructure.Localization.EnglishReaderDetailsTests.InEnglishAsync(english);
        var (token, id) = await OpenComposerAsync(tom);
        Assert.Equal(HttpStatusCode.OK, (await SaveAsync(tom, token, Request(id, "Sportdag", []))).StatusCode);
        // A form sends line breaks as CRLF; the page's text box gives them to the script as LF.
        Assert.Equal(HttpStatusCode.Redirect, (await tom.PostFormAsync($"/compose/{id}", new() { ["Form.Text"] = "Sportdag\r\nop het veld", ["Form.AccountIds"] = "regenboog-x" }, handler: "Save")).StatusCode);
        var englishPage = await english.GetPageAsync($"/compose/{id}");
        var englishToken = WebUtility.HtmlDecode(TokenPattern().Match(englishPage).Groups[1].Value);

        var stale = await SaveAsync(english, englishToken, Request(id, "Sportdag in de zaal", [Version("Sportdag")]));
        var opened = await SaveAsync(tom, token, Request(id, "Sportdag\nop het veld, kom kijken", [Version("Sportdag\nop het veld")]));

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("This draft was changed meanwhile in another window or tab, so your text was not saved, but it is still here. Choose which text stays.", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("In the other window", englishPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Equal("Sportdag\nop het veld, kom kijken", (await app.WithDbAsync(db => db.Posts.SingleAsync())).Text);
    }

    private static DraftVersion Version(string text) => new(text, ["regenboog-x"], null);

    private static AutosaveRequest Request(Guid id, string text, IReadOnlyList<DraftVersion> known) => new(id, text, ["regenboog-x"], null, known);
}
