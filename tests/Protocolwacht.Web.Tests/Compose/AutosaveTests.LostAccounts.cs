using System.Net;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Features.Checks;
using Protocolwacht.Web.Features.Compose;

namespace Protocolwacht.Web.Tests.Compose;

/// <summary>
/// A draft that names an account the author can no longer choose, seen from a page that comes back from a POST: the
/// notice must not say the text was saved when nothing was, and a conflict's note about other settings must not count
/// an account that cannot be ticked on either version. These tests move an account to another school and the clock past
/// the checker's snapshot age; the next test's fresh database reloads the organisation (see <see cref="Apps"/>).
/// </summary>
public sealed partial class AutosaveTests
{
    [Fact]
    public async Task LostAccount_OnAPageSentBackUnsaved_DoesNotSayTheTextIsSaved()
    {
        var app = await apps.FreshAsync();
        var (tom, _, id) = await DraftOnAMovedAccountAsync(app);

        var refused = await tom.PostFormAsync($"/compose/{id}", new() { ["Form.Text"] = "   ", ["Form.AccountIds"] = "regenboog-x" }, handler: "Save");

        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Op Basisschool De Regenboog mag je niet meer plaatsen", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Je tekst is bewaard", page, StringComparison.Ordinal);
        // The page as opened (the draft is stored) still says so.
        Assert.Contains(IndexModel.NoLongerAllowed("Basisschool De Regenboog"), WebUtility.HtmlDecode(await tom.GetPageAsync($"/compose/{id}")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Conflict_WithAnotherVersionWhoseOnlyOtherAccountCannotBeChosen_DoesNotSayTheAccountsDiffer()
    {
        var app = await apps.FreshAsync();
        var (tom, staleKnows, id) = await DraftOnAMovedAccountAsync(app);

        var refused = await SaveWithButtonAsync(tom, id, "Morgen is de sportdag in de gymzaal.", staleKnows);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("data-conflict-other-settings hidden", html, StringComparison.Ordinal);
        Assert.Contains("Op Basisschool De Regenboog mag je niet meer plaatsen", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.DoesNotContain("Je tekst is bewaard", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    // Tom's draft names X and Facebook; a page opened on it (staleKnows) is overtaken by another tab's autosave (same
    // accounts, another text); then the advisor moves the Facebook account to another school.
    private static async Task<(AppClient Tom, string StaleKnows, Guid Id)> DraftOnAMovedAccountAsync(ProtocolwachtApp app)
    {
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        var tom = await app.SignInAsync("tom.hendriks");
        using var sanne = await app.SignInAsync("sanne.deboer");
        var (token, id) = await OpenComposerAsync(tom);
        string[] both = ["regenboog-x", "regenboog-facebook"];
        Assert.Equal(HttpStatusCode.OK, (await SaveAsync(tom, token, new AutosaveRequest(id, "Morgen is de sportdag.", both, null, []))).StatusCode);
        var staleKnows = KnownOn(await tom.GetPageAsync($"/compose/{id}"));
        Assert.Equal(HttpStatusCode.OK, (await SaveAsync(tom, token, new AutosaveRequest(id, "Morgen is de sportdag op het veld.", both, null, [new("Morgen is de sportdag.", both, null)]))).StatusCode);
        var moved = await sanne.PostFormAsync("/accounts/edit/regenboog-facebook", new()
        {
            ["Form.Channel"] = "facebook",
            ["Form.Handle"] = "Basisschool De Regenboog",
            ["Form.SchoolId"] = "kompas",
        });
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        await app.AdvanceAsync(CheckerSnapshot.MaxAge + TimeSpan.FromSeconds(1));
        Assert.Equal(both, (await app.WithDbAsync(db => db.Posts.SingleAsync())).AccountIds);
        return (tom, staleKnows, id);
    }
}
