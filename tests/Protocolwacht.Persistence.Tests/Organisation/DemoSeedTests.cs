using Protocolwacht.Domain.Organisation;
using Protocolwacht.Persistence.Database;
using Protocolwacht.Persistence.Organisation;
using Protocolwacht.TestSupport;

namespace Protocolwacht.Persistence.Tests.Organisation;

public sealed class DemoSeedTests
{
    [Theory]
    [AllDatabases]
    public async Task FirstRun_LoadsTheDemoOrganisation_AsOrganisationModel(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();

        var model = await new OrganisationReader(db, database.Time).LoadRequiredAsync();

        var demo = OrganisationModel.Demo;
        Assert.Equal(demo.Board.Name, model.Board.Name);
        Assert.Equal(demo.Schools.Select(s => s.Id), model.Schools.Select(s => s.Id));
        Assert.Equal(demo.Staff, model.Staff);
        Assert.Equal(demo.Students, model.Students);
        Assert.Equal(demo.Accounts.Select(a => a.Id).Order(), model.Accounts.Select(a => a.Id).Order());
        Assert.Equal(demo.Parents.Select(p => (p.Id, string.Join(",", p.ChildIds))), model.Parents.Select(p => (p.Id, string.Join(",", p.ChildIds))));
        Assert.Equal(demo.PostingRights.OrganisationRoles.Order(), model.PostingRights.OrganisationRoles.Order());
        Assert.Equal(demo.PostingRights.SchoolRoles.Order(), model.PostingRights.SchoolRoles.Order());
        Assert.Equal("regenboog", model.FindAccount("regenboog-x")!.SchoolId);
    }

    [Theory]
    [AllDatabases]
    public async Task SecondRun_ChangesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.NewContext())
        {
            await new DatabaseInitializer(db, [new DemoOrganisationSeeder(database.Time)]).InitialiseAsync();
        }

        await using var check = database.NewContext();
        Assert.Equal(OrganisationModel.Demo.Staff.Count, check.Staff.Count());
        // Nine students with a stated consent, each seeded for the photo and the name purpose.
        Assert.Equal(18, check.ConsentChanges.Count());
    }
}
