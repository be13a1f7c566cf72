using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Persistence.Database;
using Protocolwacht.Persistence.Organisation;
using Protocolwacht.Persistence.Privacy;
using Protocolwacht.Persistence.Protocol;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Features.Checks;
using Protocolwacht.Web.Tests.Support;
using ProtocolChecker = Protocolwacht.Checks.ProtocolChecker;
using Protocolwacht.TestSupport.Ordering;

namespace Protocolwacht.Web.Tests.Checks;

/// <summary>
/// The checker is cached by the organisation's version stamp: kept while nothing changed, rebuilt when the organisation,
/// its consent or the protocol changed, also when another instance made the change.
/// <para>
/// The tests share one app per database and its second instance (<see cref="Apps"/>), each test on a fresh database
/// that both instances are moved to; the snapshot is reloaded by the move, so every test starts from the seeded
/// organisation's checker. Until tests19 every test started its own apps: 11 starts for 7 tests.
/// </para>
/// </summary>
[LongRunning(100)]
public sealed class CheckerSnapshotTests(CheckerSnapshotTests.Apps apps) : IClassFixture<CheckerSnapshotTests.Apps>
{
    private const string Pupil = "noah.bos";

    private static string? GroupOf(ProtocolChecker checker) => checker.Organisation.FindStudent(Pupil)!.Group;

    [Theory]
    [AllDatabases]
    public async Task FreshAsync_KeepsTheChecker_UntilAnotherInstanceImportsTheOrganisation(DatabaseProvider provider)
    {
        var app = await apps.FreshAsync(provider);
        var second = await apps.SecondInstanceAsync(app);
        var snapshot = app.Service<CheckerSnapshot>();
        var first = await snapshot.FreshAsync(CancellationToken.None);
        Assert.Same(first, await snapshot.FreshAsync(CancellationToken.None));
        var before = GroupOf(first);

        // A write that leaves the stamp alone is not seen: the cache really serves the old checker, so the stamp is
        // what makes the next step right.
        await app.WithDbAsync(db => db.Students.Where(s => s.Id == Pupil).ExecuteUpdateAsync(s => s.SetProperty(x => x.Group, "stil")));
        var stale = await snapshot.FreshAsync(CancellationToken.None);
        Assert.Same(first, stale);
        Assert.Equal(before, GroupOf(stale));

        // The other instance imports the organisation file with the pupil in another group.
        await using (var scope = second.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OrganisationImporter>().ImportAsync(WithGroup(OrganisationModel.Demo, Pupil, "8c"), "sanne.deboer");
        }

        var reloaded = await snapshot.FreshAsync(CancellationToken.None);
        Assert.NotSame(first, reloaded);
        Assert.Equal("8c", GroupOf(reloaded));
        Assert.Same(reloaded, await snapshot.FreshAsync(CancellationToken.None));
    }

    [Theory]
    [AllDatabases]
    public async Task FreshAsync_Reloads_WhenAnotherInstancePublishesAProtocolVersion(DatabaseProvider provider)
    {
        var app = await apps.FreshAsync(provider);
        var second = await apps.SecondInstanceAsync(app);
        var snapshot = app.Service<CheckerSnapshot>();
        var first = await snapshot.FreshAsync(CancellationToken.None);
        Assert.Same(first, await snapshot.FreshAsync(CancellationToken.None));

        await using (var scope = second.Services.CreateAsyncScope())
        {
            var versions = scope.ServiceProvider.GetRequiredService<ProtocolVersions>();
            var current = (await versions.CurrentAsync())!;
            await versions.PublishAsync(current.Document, "Nieuwe versie", "sanne.deboer");
        }

        Assert.NotSame(first, await snapshot.FreshAsync(CancellationToken.None));
    }

    [Theory]
    [AllDatabases]
    public async Task FreshAsync_Reloads_WhenAPupilIsRemovedInBulk(DatabaseProvider provider)
    {
        var app = await apps.FreshAsync(provider);
        var snapshot = app.Service<CheckerSnapshot>();
        var first = await snapshot.FreshAsync(CancellationToken.None);
        Assert.NotNull(first.Organisation.FindStudent(Pupil));

        // Retention and erasure delete with ExecuteDelete, past the change tracker.
        await app.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await PupilRemoval.RemoveAsync(db, Pupil, CancellationToken.None);
            await transaction.CommitAsync();
            return 0;
        });

        var reloaded = await snapshot.FreshAsync(CancellationToken.None);
        Assert.NotSame(first, reloaded);
        Assert.Null(reloaded.Organisation.FindStudent(Pupil));
    }

    [Fact]
    public async Task CurrentAsync_ReadsTheStampOncePerMaxAge_AndReloadsOnANewDutchDay()
    {
        var app = await apps.FreshAsync(DatabaseProvider.Sqlite);
        var snapshot = app.Service<CheckerSnapshot>();
        var first = await snapshot.FreshAsync(CancellationToken.None);

        // A change through the tracker replaces the stamp; the live check's checker follows within MaxAge.
        await app.WithDbAsync(async db =>
        {
            (await db.Students.SingleAsync(s => s.Id == Pupil)).Group = "8c";
            return await db.SaveChangesAsync();
        });
        Assert.Same(first, await snapshot.CurrentAsync(CancellationToken.None));
        await app.AdvanceAsync(CheckerSnapshot.MaxAge + TimeSpan.FromSeconds(1));
        var changed = await snapshot.CurrentAsync(CancellationToken.None);
        Assert.NotSame(first, changed);
        Assert.Equal("8c", GroupOf(changed));

        // Consent takes effect and lapses by date: a new day means a new checker even when nothing was written.
        Assert.Same(changed, await snapshot.FreshAsync(CancellationToken.None));
        app.Clock.Advance(TimeSpan.FromDays(1)); // the clock alone: no background job writes anything
        Assert.NotSame(changed, await snapshot.FreshAsync(CancellationToken.None));
    }

    /// <summary>
    /// The class's apps: one per database, rented from the pool with the default settings (<see cref="FreshDatabaseApp"/>),
    /// and one second instance beside each, started by the first test that needs it and moved with its first instance
    /// from then on. The second instances stop before their first instances go back to the pool.
    /// </summary>
    public sealed class Apps : FreshDatabaseApp
    {
        private readonly Dictionary<ProtocolwachtApp, ProtocolwachtApp> _seconds = [];

        protected override bool HasSettingsOfItsOwn => false;

        /// <summary>The second instance on <paramref name="first"/>'s database (call it after <see cref="FreshDatabaseApp.FreshAsync"/>).</summary>
        public async Task<ProtocolwachtApp> SecondInstanceAsync(ProtocolwachtApp first)
        {
            if (!_seconds.TryGetValue(first, out var second))
            {
                _seconds[first] = second = await first.StartSecondInstanceAsync();
            }

            return second;
        }

        public override async Task DisposeAsync()
        {
            foreach (var second in _seconds.Values)
            {
                await second.DisposeAsync();
            }

            await base.DisposeAsync();
        }
    }

    private static OrganisationModel WithGroup(OrganisationModel model, string pupil, string group) => new(
        model.Board, model.Schools, model.Staff,
        [.. model.Students.Select(s => s.Id == pupil ? s with { Group = group } : s)],
        model.Parents, model.PostingRights);
}
