using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Persistence.Database;
using Protocolwacht.Persistence.Organisation;
using Protocolwacht.TestSupport;

namespace Protocolwacht.Persistence.Tests.Organisation;

public sealed class OrganisationImporterTests
{
    private static OrganisationModel Changed()
    {
        var demo = OrganisationModel.Demo;
        var schools = demo.Schools.Select(s => s.Id == "kompas" ? s with { Name = "Kindcentrum Het Nieuwe Kompas" } : s).ToList();
        var staff = demo.Staff.Where(s => s.Id != "bas.meijer")
            .Append(new StaffMember("nina.vos", "Nina Vos", StaffRole.Medewerker, "leerkracht groep 1", "regenboog", "karin.mulder")).ToList();
        var students = demo.Students.Where(s => s.Id != "daan.kok")
            .Select(s => s.Id == "emma.dewit" ? s with { SocialMediaConsent = true } : s).ToList();
        var parents = demo.Parents.Where(p => p.Id != "priya.kok").ToList();
        return new OrganisationModel(demo.Board, schools, staff, students, parents, demo.PostingRights);
    }

    [Theory]
    [AllDatabases]
    public async Task Import_ChangedOrganisation_AddsUpdatesAndRemoves(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.NewContext())
        {
            var summary = await new OrganisationImporter(db, database.Time).ImportAsync(Changed());
            Assert.Equal(1, summary.ConsentChanges);
        }

        await using var check = database.NewContext();
        var model = await new OrganisationReader(check, database.Time).LoadRequiredAsync();
        Assert.Equal("Kindcentrum Het Nieuwe Kompas", model.FindSchool("kompas")!.Name);
        Assert.NotNull(model.FindStaff("nina.vos"));
        Assert.Null(model.FindStaff("bas.meijer"));
        Assert.Null(model.FindStudent("daan.kok"));
        Assert.True(model.FindStudent("emma.dewit")!.SocialMediaConsent);
        Assert.DoesNotContain(model.Parents, p => p.Id == "priya.kok");
        // History is evidence: the removed student's and the changed student's records are all kept.
        Assert.Equal(2, await check.ConsentChanges.CountAsync(c => c.StudentId == "emma.dewit"));
    }

    [Theory]
    [AllDatabases]
    public async Task Import_FailingHalfway_ChangesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var demo = OrganisationModel.Demo;
        // Valid rows first (a renamed school), then a student whose school does not exist: the database
        // refuses the foreign key after the rename was already written inside the transaction.
        var schools = demo.Schools.Select(s => s with { Name = s.Name + " (gewijzigd)" }).ToList();
        var students = demo.Students.Append(new Student("ghost", "Spook", "bestaat-niet", "1", null)).ToList();
        var broken = new OrganisationModel(demo.Board, schools, demo.Staff, students, demo.Parents, demo.PostingRights);

        await using (var db = database.NewContext())
        {
            await Assert.ThrowsAnyAsync<DbUpdateException>(() => new OrganisationImporter(db, database.Time).ImportAsync(broken));
        }

        await using var check = database.NewContext();
        Assert.Equal(demo.Schools.Select(s => s.Name).Order(), (await check.Schools.Select(s => s.Name).ToListAsync()).Order());
        Assert.False(await check.Students.AnyAsync(s => s.Id == "ghost"));
    }
}
