using Protocolwacht.Domain.Consent;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Persistence.Consent;
using Protocolwacht.Persistence.Database;
using Protocolwacht.Persistence.Organisation;
using Protocolwacht.TestSupport;

namespace Protocolwacht.Persistence.Tests.Consent;

public sealed class ConsentRegisterTests
{
    private static readonly StaffMember KarinDirectieRegenboog = OrganisationModel.Demo.FindStaff("karin.mulder")!;
    private static readonly StaffMember YoussefDirectieKompas = OrganisationModel.Demo.FindStaff("youssef.bakker")!;
    private static readonly StaffMember SanneStaf = OrganisationModel.Demo.FindStaff("sanne.deboer")!;
    private static readonly StaffMember TomMedewerker = OrganisationModel.Demo.FindStaff("tom.hendriks")!;

    [Theory]
    [AllDatabases]
    public async Task Record_KeepsEveryChangeWithWhoAndWhen(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var register = new ConsentRegister(db, database.Time, new Protocolwacht.Persistence.Audit.AuditLog(db, database.Time));

        var given = await register.RecordAsync(KarinDirectieRegenboog, new ConsentChangeRequest("daan.kok", ConsentPurpose.PhotoOnSocialMedia, ConsentValue.Yes, "priya.kok", null, false, "Formulier ontvangen"));
        database.Time.Advance(TimeSpan.FromDays(3));
        var withdrawn = await register.RecordAsync(SanneStaf, new ConsentChangeRequest("daan.kok", ConsentPurpose.PhotoOnSocialMedia, ConsentValue.NotRecorded, "priya.kok", null, true, null));

        Assert.True(given.Allowed);
        Assert.True(withdrawn.Allowed);
        var history = await register.HistoryAsync("daan.kok");
        Assert.Equal([ConsentValue.Yes, ConsentValue.No], history.Select(h => h.Value));
        Assert.Equal(["karin.mulder", "sanne.deboer"], history.Select(h => h.ChangedBy));
        Assert.Equal(database.Time.GetUtcNow(), history[1].WithdrawnAt);
        Assert.True(history[0].ChangedAt < history[1].ChangedAt);
        var model = await new OrganisationReader(db, database.Time).LoadRequiredAsync();
        Assert.False(model.FindStudent("daan.kok")!.SocialMediaConsent);
    }

    [Theory]
    [AllDatabases]
    public async Task Record_ByDirectieOfAnotherSchoolOrByTeacher_IsForbiddenAndRecordsNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var register = new ConsentRegister(db, database.Time, new Protocolwacht.Persistence.Audit.AuditLog(db, database.Time));
        var request = new ConsentChangeRequest("noah.bos", ConsentPurpose.PhotoOnSocialMedia, ConsentValue.No, "ellen.bos", null, false, null);

        var otherSchool = await register.RecordAsync(YoussefDirectieKompas, request);
        var teacher = await register.RecordAsync(TomMedewerker, request);

        Assert.True(otherSchool.IsForbidden);
        Assert.True(teacher.IsForbidden);
        Assert.All(await register.HistoryAsync("noah.bos"), h => Assert.Equal(OrganisationRows.ImportActor, h.ChangedBy));
    }

    [Theory]
    [AllDatabases]
    public async Task Record_GivenBySomeoneWhoIsNotAParent_IsRefused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var register = new ConsentRegister(db, database.Time, new Protocolwacht.Persistence.Audit.AuditLog(db, database.Time));

        var result = await register.RecordAsync(KarinDirectieRegenboog, new ConsentChangeRequest("noah.bos", ConsentPurpose.Website, ConsentValue.Yes, "richard.dewit", null, false, null));

        Assert.False(result.Allowed);
        Assert.False(result.IsForbidden);
        Assert.Contains(result.Errors, e => e.Contains("geen ouder", StringComparison.Ordinal));
    }

    [Theory]
    [AllDatabases]
    public async Task RenewEachSchoolYear_LastYearsYes_CountsAsNotRecorded(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var register = new ConsentRegister(db, database.Time, new Protocolwacht.Persistence.Audit.AuditLog(db, database.Time));
        // The demo's consent was recorded on 1 October 2026 (school year 2026-2027); move to the next school year.
        database.Time.Advance(TimeSpan.FromDays(320));

        var before = await register.CurrentForSchoolAsync("regenboog");
        await register.SetRenewEachSchoolYearAsync(true, "sanne.deboer");
        var after = await register.CurrentForSchoolAsync("regenboog");

        Assert.Equal(ConsentValue.Yes, before["noah.bos"][ConsentPurpose.PhotoOnSocialMedia]);
        Assert.Equal(ConsentValue.NotRecorded, after["noah.bos"][ConsentPurpose.PhotoOnSocialMedia]);
        Assert.Equal(ConsentValue.No, after["emma.dewit"][ConsentPurpose.PhotoOnSocialMedia]);
    }
}
