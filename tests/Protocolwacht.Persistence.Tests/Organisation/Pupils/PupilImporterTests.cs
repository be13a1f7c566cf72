using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Protocolwacht.Domain.Consent;
using Protocolwacht.Persistence.Consent;
using Protocolwacht.Persistence.Database;
using Protocolwacht.Persistence.Organisation.Pupils;
using Protocolwacht.TestSupport;

namespace Protocolwacht.Persistence.Tests.Organisation.Pupils;

/// <summary>The pupil import (preview, apply) on every database, against the demo organisation with BRINs given to two schools.</summary>
public sealed class PupilImporterTests
{
    private const string Header = "Leerlingnummer;Roepnaam;Tussenvoegsel;Achternaam;Groep;BRIN;Datum inschrijving;Datum uitschrijving;Geboortedatum;Naam verzorger 1;Relatie verzorger 1;E-mail verzorger 1";

    /// <summary>
    /// De Regenboog (12AB) and Het Kompas (34CD) as a board-wide export on 1 October 2026: Noah to groep 8, Emma to
    /// Het Kompas, Daan leaving, Sem new with his mother; Sara and Liam (De Regenboog) and Zoë (Het Kompas) not listed.
    /// </summary>
    private static string Export(string? extraRow = null) => string.Join('\n',
        Header,
        "1001;Noah;;Bos;Groep 8;12AB;20-08-2019;;14-03-2015;Ellen Bos;Moeder;ellen@example.nl",
        "1002;Emma;de;Wit;7;34CD;20-08-2019;;01-05-2015;Richard de Wit;Vader;richard@example.nl",
        "1003;Daan;;Kok;3;12AB;20-08-2023;30-09-2026;01-05-2020;Priya Kok;Moeder;",
        "1004;Sem;de;Vries;Groep 1/2a;12AB;01-09-2026;;14-07-2022;Anouk de Vries;Moeder;anouk.devries@example.nl",
        "2001;Julia;;Schouten;8;34CD;20-08-2018;;01-02-2014;;;",
        "2002;Milan;;Jacobs;8;34CD;20-08-2018;;01-02-2014;Hanneke Jacobs;Moeder;",
        extraRow ?? string.Empty);

    private static PupilFile Read(string csv, string? school = null, TimeProvider? time = null) =>
        PupilFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "leerlingen.csv", null, null, school, time ?? TimeProvider.System);

    private static ServiceProvider Services(TestDatabase database) => new ServiceCollection()
        .AddLogging()
        .AddSingleton<TimeProvider>(database.Time)
        .AddProtocolwachtDatabase(database.Configuration(), Path.GetTempPath())
        .BuildServiceProvider();

    private static async Task<T> WithImporterAsync<T>(ServiceProvider services, Func<PupilImporter, Task<T>> use)
    {
        await using var scope = services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<PupilImporter>());
    }

    private static async Task<TestDatabase> DemoWithBrinsAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        await db.Schools.Where(s => s.Id == "regenboog").ExecuteUpdateAsync(s => s.SetProperty(r => r.Brin, "12AB"));
        await db.Schools.Where(s => s.Id == "kompas").ExecuteUpdateAsync(s => s.SetProperty(r => r.Brin, "34CD"));
        return database;
    }

    private static async Task<string> SnapshotAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var students = await db.Students.OrderBy(s => s.Id).Select(s => $"{s.Id}|{s.Name}|{s.SchoolId}|{s.Group}|{s.PupilNumber}|{s.LeftOn}").ToListAsync();
        var parents = await db.Parents.OrderBy(p => p.Id).Select(p => $"{p.Id}|{p.Name}").ToListAsync();
        var links = await db.ParentChildren.OrderBy(l => l.ParentId).ThenBy(l => l.StudentId).Select(l => $"{l.ParentId}|{l.StudentId}|{l.Relation}").ToListAsync();
        var consent = await db.ConsentChanges.CountAsync();
        return string.Join('\n', students.Concat(parents).Concat(links).Append($"consent {consent}"));
    }

    [Theory]
    [AllDatabases]
    public async Task Preview_ListsNewMovedLeftAndChangedParents_AndChangesNothing(DatabaseProvider provider)
    {
        await using var database = await DemoWithBrinsAsync(provider);
        await using var services = Services(database);
        var before = await SnapshotAsync(database);

        var preview = await WithImporterAsync(services, i => i.PreviewAsync(Read(Export(), time: database.Time)));

        Assert.True(preview.CanApply, string.Join('\n', preview.Issues));
        Assert.Equal(["Sem de Vries"], preview.New.Select(c => c.Name));
        Assert.Equal(
            ["Noah Bos: groep 7 → 8", "Emma de Wit: Basisschool De Regenboog → Kindcentrum Het Kompas"],
            preview.Moved.Select(c => $"{c.Name}: {c.Detail}"));
        Assert.Equal(
            ["Daan Kok", "Sara Ouali", "Liam Brouwer", "Zoë van Leeuwen"],
            preview.Left.Select(c => c.Name));
        Assert.Contains("uitgeschreven, vertrokken op 30-9-2026", preview.Left[0].Detail, StringComparison.Ordinal);
        // Noah's and Emma's parents were in the register without a relation; Julia has none in the file and had none.
        Assert.Equal(["Noah Bos: Ellen Bos nu moeder", "Emma de Wit: Richard de Wit nu vader", "Milan Jacobs: Hanneke Jacobs nu moeder"],
            preview.ParentsChanged.Select(c => $"{c.Name}: {c.Detail}"));
        Assert.Equal(1, preview.Unchanged); // Julia
        Assert.Equal(before, await SnapshotAsync(database));
    }

    [Theory]
    [AllDatabases]
    public async Task Apply_DoesWhatThePreviewSaid_KeepsEveryConsent_AndKeepsWhoLeftWithTheirDay(DatabaseProvider provider)
    {
        await using var database = await DemoWithBrinsAsync(provider);
        await using var services = Services(database);
        await using (var db = database.NewContext())
        {
            // Daan's mother refused; the register must keep saying so after Daan left and after any import.
            db.ConsentChanges.Add(new ConsentChangeEntity
            {
                StudentId = "daan.kok",
                PurposeCode = ConsentPurpose.PhotoOnSocialMedia,
                Value = "no",
                GivenBy = "priya.kok",
                ChangedBy = "karin.mulder",
                ChangedAt = database.Time.GetUtcNow(),
            });
            await db.SaveChangesAsync();
        }

        int consentBefore;
        await using (var db = database.NewContext())
        {
            consentBefore = await db.ConsentChanges.CountAsync();
        }

        var preview = await WithImporterAsync(services, i => i.PreviewAsync(Read(Export(), time: database.Time)));
        var outcome = await WithImporterAsync(services, i => i.ApplyAsync(Read(Export(), time: database.Time), "sanne.deboer", preview.Fingerprint));

        Assert.True(outcome.Applied);
        await using var after = database.NewContext();
        var noah = await after.Students.SingleAsync(s => s.Id == "noah.bos");
        Assert.Equal(("8", "1001", (DateOnly?)null), (noah.Group, noah.PupilNumber, noah.LeftOn));
        Assert.Equal("kompas", (await after.Students.SingleAsync(s => s.Id == "emma.dewit")).SchoolId);
        Assert.Equal(new DateOnly(2026, 9, 30), (await after.Students.SingleAsync(s => s.Id == "daan.kok")).LeftOn);
        Assert.Equal(new DateOnly(2026, 10, 1), (await after.Students.SingleAsync(s => s.Id == "sara.ouali")).LeftOn);
        var sem = await after.Students.SingleAsync(s => s.PupilNumber == "1004");
        Assert.Equal(("Sem de Vries", "regenboog", "1/2a", (bool?)false), (sem.Name, sem.SchoolId, sem.Group, sem.SixteenOrOver));
        var semParent = await after.ParentChildren.SingleAsync(l => l.StudentId == sem.Id);
        Assert.Equal("moeder", semParent.Relation);
        Assert.Equal("Anouk de Vries", (await after.Parents.SingleAsync(p => p.Id == semParent.ParentId)).Name);
        Assert.Equal("ellen.bos", (await after.ParentChildren.SingleAsync(l => l.StudentId == "noah.bos")).ParentId);
        // Consent: not one record added or changed, and Daan's refusal is still the register's answer.
        Assert.Equal(consentBefore, await after.ConsentChanges.CountAsync());
        Assert.Equal("no", (await ConsentQueries.LatestAsync(after, ConsentPurpose.PhotoOnSocialMedia, default))["daan.kok"].Value.ToCode());
        // Least data: no e-mail address, phone number or date of birth from the file reached the database.
        var snapshot = await SnapshotAsync(database);
        Assert.DoesNotContain("example.nl", snapshot, StringComparison.Ordinal);

        // The audit log says who imported what, in counts: no pupil's or parent's name.
        var entry = await after.AuditEntries.SingleAsync(e => e.Action == "pupils.imported");
        Assert.Equal("sanne.deboer", entry.Actor);
        Assert.Contains("1 nieuw, 2 van groep of school gewisseld, 4 vertrokken", entry.Details, StringComparison.Ordinal);
        Assert.DoesNotContain("Sem", entry.Details + entry.Subject, StringComparison.Ordinal);

        // The same export again changes nothing.
        var again = await WithImporterAsync(services, i => i.PreviewAsync(Read(Export(), time: database.Time)));
        Assert.False(again.HasChanges, again.ToString());
    }

    [Theory]
    [AllDatabases]
    public async Task Apply_BadRow_NamesFileRowAndColumn_AndChangesNothing(DatabaseProvider provider)
    {
        await using var database = await DemoWithBrinsAsync(provider);
        await using var services = Services(database);
        var before = await SnapshotAsync(database);
        var good = await WithImporterAsync(services, i => i.PreviewAsync(Read(Export(), time: database.Time)));
        Assert.True(good.CanApply && good.HasChanges); // the same file without the bad row would change things

        var outcome = await WithImporterAsync(services, i => i.ApplyAsync(
            Read(Export("3001;Finn;;Prins;5;99ZZ;31-02-2020;;;;;"), time: database.Time), "sanne.deboer", expectedFingerprint: null));

        Assert.False(outcome.Applied);
        var messages = outcome.Preview.Issues.Select(i => i.ToString()).ToList();
        Assert.Contains(messages, m => m.StartsWith("leerlingen.csv, regel 8, kolom 7 (Datum inschrijving): ", StringComparison.Ordinal));
        Assert.Equal(before, await SnapshotAsync(database));
    }

    [Theory]
    [AllDatabases]
    public async Task Apply_UnknownBrin_IsRefusedWithTheRow_AndChangesNothing(DatabaseProvider provider)
    {
        await using var database = await DemoWithBrinsAsync(provider);
        await using var services = Services(database);
        var before = await SnapshotAsync(database);

        var outcome = await WithImporterAsync(services, i => i.ApplyAsync(Read(Export("3001;Finn;;Prins;5;99ZZ;20-08-2020;;;;;"), time: database.Time), "sanne.deboer", null));

        Assert.False(outcome.Applied);
        Assert.Equal("leerlingen.csv, regel 8 (BRIN): BRIN-nummer 99ZZ hoort bij geen school van het bestuur. Vul het BRIN-nummer in bij de school (Organisatie, school bewerken).",
            Assert.Single(outcome.Preview.Issues).ToString());
        Assert.Equal(before, await SnapshotAsync(database));
    }

    [Theory]
    [AllDatabases]
    public async Task Apply_WhenTheRegisterChangedSinceThePreview_AppliesNothing_AndGivesTheNewPreview(DatabaseProvider provider)
    {
        await using var database = await DemoWithBrinsAsync(provider);
        await using var services = Services(database);
        var preview = await WithImporterAsync(services, i => i.PreviewAsync(Read(Export(), time: database.Time)));
        await using (var db = database.NewContext())
        {
            await db.Students.Where(s => s.Id == "noah.bos").ExecuteUpdateAsync(s => s.SetProperty(r => r.Group, "8"));
        }

        var before = await SnapshotAsync(database);
        var outcome = await WithImporterAsync(services, i => i.ApplyAsync(Read(Export(), time: database.Time), "sanne.deboer", preview.Fingerprint));

        Assert.False(outcome.Applied);
        Assert.DoesNotContain(outcome.Preview.Moved, c => c.Name == "Noah Bos");
        Assert.Equal(before, await SnapshotAsync(database));
        Assert.True((await WithImporterAsync(services, i => i.ApplyAsync(Read(Export(), time: database.Time), "sanne.deboer", outcome.Preview.Fingerprint))).Applied);
    }

    [Theory]
    [AllDatabases]
    public async Task Apply_ParentNoLongerListed_GoesUnlessTheConsentHistoryNamesThem(DatabaseProvider provider)
    {
        await using var database = await DemoWithBrinsAsync(provider);
        await using var services = Services(database);
        await using (var db = database.NewContext())
        {
            db.ConsentChanges.Add(new ConsentChangeEntity
            {
                StudentId = "noah.bos",
                PurposeCode = ConsentPurpose.NameOnSocialMedia,
                Value = "yes",
                GivenBy = "ellen.bos",
                ChangedBy = "karin.mulder",
                ChangedAt = database.Time.GetUtcNow(),
            });
            await db.SaveChangesAsync();
        }

        // Noah and Milan now have other parents; Ellen gave a consent, Hanneke did not.
        var csv = Export()
            .Replace("Ellen Bos;Moeder;ellen@example.nl", "Kees Bos;Vader;", StringComparison.Ordinal)
            .Replace("Hanneke Jacobs;Moeder;", "Ahmed Jacobs;Voogd;", StringComparison.Ordinal);
        Assert.True((await WithImporterAsync(services, i => i.ApplyAsync(Read(csv, time: database.Time), "sanne.deboer", null))).Applied);

        await using var after = database.NewContext();
        Assert.True(await after.Parents.AnyAsync(p => p.Id == "ellen.bos"));
        Assert.False(await after.Parents.AnyAsync(p => p.Id == "hanneke.jacobs"));
        Assert.Equal(["Kees Bos"], await after.ParentChildren.Where(l => l.StudentId == "noah.bos")
            .Join(after.Parents, l => l.ParentId, p => p.Id, (l, p) => p.Name).ToListAsync());
    }

    [Theory]
    [AllDatabases]
    public async Task Preview_ExportWithoutBrin_UsesTheChosenSchool(DatabaseProvider provider)
    {
        await using var database = await DemoWithBrinsAsync(provider);
        await using var services = Services(database);
        var csv = "Stamnummer,Roepnaam,Voorvoegsel,Achternaam,Stamgroep\n5001,Mila,,Jansen,6\n";

        var withoutSchool = await WithImporterAsync(services, i => i.PreviewAsync(Read(csv, time: database.Time)));
        var withSchool = await WithImporterAsync(services, i => i.PreviewAsync(Read(csv, "sintjozef", database.Time)));

        Assert.Contains("regel 2 (BRIN): Bij deze leerling staat geen BRIN-nummer", Assert.Single(withoutSchool.Issues).ToString(), StringComparison.Ordinal);
        Assert.Equal(["Mila Jansen"], withSchool.New.Select(c => c.Name));
        Assert.Equal(["Finn Prins", "Tess Hermans", "Mohammed Aydin"], withSchool.Left.Select(c => c.Name));
    }
}
