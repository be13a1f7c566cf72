using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Persistence.Database;
using Protocolwacht.Persistence.Organisation;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Features.Checks;

namespace Protocolwacht.Web.Tests.Infrastructure.Database;

/// <summary>
/// A second instance (<see cref="ProtocolwachtApp.StartSecondInstanceAsync"/>) of an app that moves to fresh databases
/// moves with it: its requests and its checker are on the new, seeded database, as if it had just started there. So a
/// class whose tests need two instances (CheckerSnapshotTests) can share both between its tests.
/// </summary>
public sealed class FreshDatabaseSecondInstanceTests
{
    private const string Pupil = "noah.bos";

    [Theory]
    [AllDatabases]
    public async Task AfterTheMove_TheSecondInstance_ReadsAndChecksWithTheNewDatabase(DatabaseProvider provider)
    {
        await using var app = await ProtocolwachtApp.StartAsync(o =>
        {
            o.Database = provider;
            o.FreshDatabases = true;
        });
        await using var second = await app.StartSecondInstanceAsync();
        var secondSnapshot = second.Services.GetRequiredService<CheckerSnapshot>();
        var seededRow = await GroupAsync(second);
        var seededChecker = (await secondSnapshot.FreshAsync(CancellationToken.None)).Organisation.FindStudent(Pupil)!.Group;

        // Before the move both instances are on one database: a row the second writes, the first reads; and the second's
        // checker holds the organisation the second imported.
        await second.WithDbAsync(db => db.Students.Where(s => s.Id == Pupil).ExecuteUpdateAsync(s => s.SetProperty(x => x.Group, "stil")));
        Assert.Equal("stil", await GroupAsync(app));
        await using (var scope = second.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OrganisationImporter>().ImportAsync(WithGroup(OrganisationModel.Demo, Pupil, "8c"), "sanne.deboer");
        }

        Assert.NotEqual("stil", seededRow);
        Assert.NotEqual("8c", seededChecker);
        Assert.Equal("8c", (await secondSnapshot.FreshAsync(CancellationToken.None)).Organisation.FindStudent(Pupil)!.Group);

        await app.UseFreshDatabaseAsync();

        Assert.Equal(seededRow, await GroupAsync(second));
        Assert.Equal(seededChecker, (await secondSnapshot.OrganisationAsync(CancellationToken.None)).FindStudent(Pupil)!.Group);
        Assert.Equal(app.PostgresConnectionString, second.PostgresConnectionString);
        Assert.Equal(app.SqliteConnectionString, second.SqliteConnectionString);
    }

    private static Task<string?> GroupAsync(ProtocolwachtApp app) =>
        app.WithDbAsync(db => db.Students.Where(s => s.Id == Pupil).Select(s => s.Group).SingleAsync());

    private static OrganisationModel WithGroup(OrganisationModel model, string pupil, string group) => new(
        model.Board, model.Schools, model.Staff,
        [.. model.Students.Select(s => s.Id == pupil ? s with { Group = group } : s)],
        model.Parents, model.PostingRights);
}
