using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Protocolwacht.Domain.Posts;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Features.Compose;

namespace Protocolwacht.Web.Tests.Compose;

/// <summary>
/// "Concept opslaan" can lose the race for the post's version to a write that changed nothing the page did not know:
/// this page's own autosave of the same text, or a background step (an advice reminder) that moves the version only.
/// That is no conflict: the save is made once more on the post as it now is. Only a version the page never saw is.
/// </summary>
public sealed partial class AutosaveTests
{
    [Fact]
    public async Task SaveButton_LosesTheRaceToAWriteThatChangedNoText_SavesOnceMore_InsteadOfShowingAConflict()
    {
        var app = await apps.FreshAsync();
        var bump = apps.Race;
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        var (token, id) = await OpenComposerAsync(tom);
        Assert.Equal(HttpStatusCode.OK, (await SaveAsync(tom, token, Request(id, "Morgen is de sportdag.", []))).StatusCode);
        var known = KnownOn(await tom.GetPageAsync($"/compose/{id}"));

        // Between the button's read and its write, another unit of work stores the post again with the same text.
        using var armed = bump.Arm(app);
        var saved = await SaveWithButtonAsync(tom, id, "Morgen is de sportdag in de gymzaal.", known);

        Assert.True(bump.Bumped);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Morgen is de sportdag in de gymzaal.", (await app.WithDbAsync(db => db.Posts.SingleAsync())).Text);
    }

    [Fact]
    public async Task SaveButton_LosesTheRaceToAnotherTabsText_ShowsTheConflict_AndStoresNothing()
    {
        var app = await apps.FreshAsync();
        var bump = apps.Race;
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        var (token, id) = await OpenComposerAsync(tom);
        Assert.Equal(HttpStatusCode.OK, (await SaveAsync(tom, token, Request(id, "Morgen is de sportdag.", []))).StatusCode);
        var known = KnownOn(await tom.GetPageAsync($"/compose/{id}"));

        using var armed = bump.Arm(app, "Morgen is de sportdag op het veld.");
        var refused = await SaveWithButtonAsync(tom, id, "Morgen is de sportdag in de gymzaal.", known);

        Assert.True(bump.Bumped);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains(DraftAutosave.ChangedElsewhere, WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal("Morgen is de sportdag op het veld.", (await app.WithDbAsync(db => db.Posts.SingleAsync())).Text);
    }

    /// <summary>
    /// Once armed, the next save that changes a post first has another unit of work write that post (its version moved,
    /// and its text set to the armed text when given), as a racing autosave or background step would. Registered in the
    /// class's app (<see cref="Apps"/>) and armed by one test at a time: disarmed when that test's arming is disposed,
    /// so a test that failed before its save leaves nothing armed for the next one.
    /// </summary>
    public sealed class VersionBumpBeforeSave : SaveChangesInterceptor
    {
        private Armed? _armed;

        public bool Bumped { get; private set; }

        public IDisposable Arm(ProtocolwachtApp app, string? otherText = null)
        {
            Bumped = false;
            var armed = new Armed(this, app, otherText);
            Volatile.Write(ref _armed, armed);
            return armed;
        }

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            var post = eventData.Context?.ChangeTracker.Entries<Post>().FirstOrDefault(e => e.State == EntityState.Modified);
            if (post is not null && Interlocked.Exchange(ref _armed, null) is { } armed)
            {
                var id = post.Entity.Id;
                var otherText = armed.OtherText;
                await armed.App.WithDbAsync(db => otherText is null
                    ? db.Posts.Where(p => p.Id == id).ExecuteUpdateAsync(s => s.SetProperty(p => EF.Property<int>(p, "Version"), p => EF.Property<int>(p, "Version") + 1), cancellationToken)
                    : db.Posts.Where(p => p.Id == id).ExecuteUpdateAsync(
                        s => s.SetProperty(p => EF.Property<int>(p, "Version"), p => EF.Property<int>(p, "Version") + 1).SetProperty(p => EF.Property<string>(p, "Text"), otherText),
                        cancellationToken));
                Bumped = true;
            }

            return result;
        }

        private sealed class Armed(VersionBumpBeforeSave bump, ProtocolwachtApp app, string? otherText) : IDisposable
        {
            public ProtocolwachtApp App => app;

            public string? OtherText => otherText;

            public void Dispose() => Interlocked.CompareExchange(ref bump._armed, null, this);
        }
    }
}
