using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Audit;
using Protocolwacht.Persistence.Database;
using Protocolwacht.Persistence.Identity;
using Protocolwacht.Persistence.Organisation;
using Protocolwacht.Persistence.Organisation.Pupils;
using Protocolwacht.Persistence.Organisation.StaffImport;

namespace Protocolwacht.Cli.Organisation;

/// <summary>
/// <c>bench schooldata</c>: a throwaway SQLite database (never the app's) with a board of S schools, a
/// synthetic pupil export of N pupils with two parents each (a ParnasSys-like CSV), and the import use case
/// timed as an administrator meets it: read + preview, apply; then a second export a month later (pupils
/// moved group or school, left, new parents) read + preview and applied. Figures go in docs/benchmarks.md.
/// </summary>
internal static class SchoolDataBenchmark
{
    public static async Task<int> RunAsync(TextWriter output, int schools, int pupils, int staff, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "protocolwacht-bench-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        try
        {
            var settings = new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "protocolwacht.db")}");
            await using (var db = Context(settings))
            {
                await new DatabaseInitializer(db, []).InitialiseAsync(seedDemoData: false, cancellationToken);
                db.Schools.AddRange(Enumerable.Range(0, schools).Select(i => new SchoolEntity { Id = $"school{i}", Name = $"School {i}", Brin = Brin(i), SortOrder = i }));
                await db.SaveChangesAsync(cancellationToken);
            }

            using var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            var total = Stopwatch.StartNew();
            var first = await ImportAsync(output, settings, "first export", Export(schools, pupils, month: 0), cancellationToken);
            var second = await ImportAsync(output, settings, "a month later", Export(schools, pupils, month: 1), cancellationToken);
            var third = await StaffAsync(output, folder, schools, staff, cancellationToken);
            process.Refresh();
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"total: {total.Elapsed.TotalSeconds:0.00} s wall, {(process.TotalProcessorTime - cpu).TotalSeconds:0.00} s processor time"));
            return first && second && third ? ExitCodes.Success : ExitCodes.UsageOrInputError;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<bool> ImportAsync(TextWriter output, DatabaseSettings settings, string label, byte[] csv, CancellationToken cancellationToken)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var file = PupilFile.Read(new MemoryStream(csv), "leerlingen.csv", null, null, null, TimeProvider.System);
        var read = clock.Elapsed.TotalSeconds;
        PupilImportPreview preview;
        await using (var db = Context(settings))
        {
            preview = await new PupilImporter(db, TimeProvider.System, new AuditLog(db, TimeProvider.System)).PreviewAsync(file, cancellationToken);
        }

        var previewed = clock.Elapsed.TotalSeconds;
        process.Refresh();
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{label}: {file.Pupils.Count} pupils, {file.Pupils.Sum(p => p.Pupil.Guardians.Count)} parents ({csv.Length / 1024} KB): read {read:0.00} s, "
            + $"read + preview {previewed:0.00} s wall, {(process.TotalProcessorTime - cpu).TotalSeconds:0.00} s processor time: {preview}"));
        if (!preview.CanApply)
        {
            await output.WriteLineAsync(string.Join('\n', preview.Issues.Take(5)));
            return false;
        }

        clock.Restart();
        cpu = process.TotalProcessorTime;
        await using (var db = Context(settings))
        {
            var outcome = await new PupilImporter(db, TimeProvider.System, new AuditLog(db, TimeProvider.System)).ApplyAsync(file, AuditActors.CommandLine, preview.Fingerprint, cancellationToken);
            process.Refresh();
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{label}: apply {clock.Elapsed.TotalSeconds:0.00} s wall, {(process.TotalProcessorTime - cpu).TotalSeconds:0.00} s processor time (applied: {outcome.Applied})"));
            return outcome.Applied;
        }
    }

    /// <summary>The HR export of <paramref name="count"/> staff (a board member, a director per school, the rest teachers): read, preview and apply with sign-in accounts.</summary>
    private static async Task<bool> StaffAsync(TextWriter output, string folder, int schools, int count, CancellationToken cancellationToken)
    {
        var text = new StringBuilder("Personeelsnummer;Naam;School;Functie;Leidinggevende;E-mail werk\nbestuur.0;Bestuurder Nul;;Bestuurder;;bestuur.0@bestuur.example\n");
        for (var i = 1; i < count; i++)
        {
            var school = (i - 1) % schools;
            var (function, manager) = i <= schools ? ("Directeur", "bestuur.0") : ("Leerkracht", $"mw.{school + 1}");
            text.Append(CultureInfo.InvariantCulture, $"mw.{i};Medewerker {i};{Brin(school)};{function};{manager};mw.{i}@school.example\n");
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:DataDirectory"] = folder,
        }).Build();
        await using var services = new ServiceCollection().AddSingleton(TimeProvider.System).AddLogging()
            .AddProtocolwachtDatabase(configuration, folder).AddStaffAccounts()
            .Configure<SignInAccountOptions>(o => o.InitialAdmins = []).BuildServiceProvider();
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var file = StaffFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(text.ToString())), "personeel.csv");
        StaffImportPreview preview;
        await using (var scope = services.CreateAsyncScope())
        {
            preview = await scope.ServiceProvider.GetRequiredService<StaffImporter>().PreviewAsync(file, null, cancellationToken);
        }

        process.Refresh();
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"staff: {file.Members.Count} staff: read + preview {clock.Elapsed.TotalSeconds:0.00} s wall, {(process.TotalProcessorTime - cpu).TotalSeconds:0.00} s processor time: {preview}"));
        if (!preview.CanApply)
        {
            await output.WriteLineAsync(string.Join('\n', preview.Issues.Take(5)));
            return false;
        }

        (cpu, clock) = (process.TotalProcessorTime, Stopwatch.StartNew());
        await using (var scope = services.CreateAsyncScope())
        {
            var outcome = await scope.ServiceProvider.GetRequiredService<StaffImporter>().ApplyAsync(file, null, preview.Fingerprint, cancellationToken);
            process.Refresh();
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"staff: apply with {outcome.SignInAccountsCreated} sign-in accounts {clock.Elapsed.TotalSeconds:0.00} s wall, {(process.TotalProcessorTime - cpu).TotalSeconds:0.00} s processor time"));
            return outcome.Applied;
        }
    }

    private static ProtocolwachtDbContext Context(DatabaseSettings settings)
    {
        var options = new DbContextOptionsBuilder<ProtocolwachtDbContext>();
        settings.Configure(options);
        return new ProtocolwachtDbContext(options.Options);
    }

    private static string Brin(int school) => string.Create(CultureInfo.InvariantCulture, $"{10 + school:00}AB");

    /// <summary>
    /// Month 0: every pupil with two parents. Month 1: every 20th pupil one group up, every 33rd at the next school,
    /// every 50th gone, every 25th with a new second parent, and 2% new pupils.
    /// </summary>
    private static byte[] Export(int schools, int pupils, int month)
    {
        var text = new StringBuilder("Leerlingnummer;Roepnaam;Tussenvoegsel;Achternaam;Groep;BRIN;Geboortedatum;Naam verzorger 1;Relatie verzorger 1;E-mail verzorger 1;Naam verzorger 2;Relatie verzorger 2;E-mail verzorger 2\n");
        var count = month == 0 ? pupils : pupils + (pupils / 50);
        for (var i = 0; i < count; i++)
        {
            if (month == 1 && i < pupils && i % 50 == 7)
            {
                continue;
            }

            var school = (i % schools + (month == 1 && i % 33 == 5 ? 1 : 0)) % schools;
            var group = 1 + (i / schools % 8) + (month == 1 && i % 20 == 3 ? 1 : 0);
            var second = month == 1 && i % 25 == 11 ? $"Nieuwe Partner{i}" : $"Vader{i} Achternaam{i}";
            text.Append(CultureInfo.InvariantCulture,
                $"{100000 + i};Kind{i};{(i % 4 == 0 ? "van" : string.Empty)};Achternaam{i};Groep {Math.Min(group, 8)};{Brin(school)};14-03-{2014 + (i % 8)};"
                + $"Moeder{i} Achternaam{i};Moeder;moeder{i}@example.nl;{second};Vader;vader{i}@example.nl\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
