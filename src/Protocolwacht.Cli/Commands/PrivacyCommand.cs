using System.CommandLine;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Protocolwacht.Cli.Archive;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Audit;
using Protocolwacht.Persistence.Database;
using Protocolwacht.Persistence.Privacy;

namespace Protocolwacht.Cli.Commands;

/// <summary>
/// <c>protocolwacht privacy register</c>: the processing register entry as Markdown, from the same
/// configuration as the web app; <c>protocolwacht retention run [--dry-run]</c>: applies the retention
/// periods now, as the app's daily job does (archive contents excepted: the app's archive job redacts those).
/// </summary>
public static class PrivacyCommand
{
    public static Command Create(CliContext cli)
    {
        ArgumentNullException.ThrowIfNull(cli);
        var database = new DatabaseOptions();
        var register = new Command("register", "Print de vermelding van Protocolwacht in het verwerkingsregister (Markdown), opgesteld uit de instellingen.");
        database.AddTo(register);
        register.SetAction((parse, cancellationToken) => RunAsync(cli, database.Configuration(parse), async (services, configuration) =>
        {
            var db = services.GetRequiredService<ProtocolwachtDbContext>();
            var board = await db.Boards.AsNoTracking().Select(b => b.Name).FirstOrDefaultAsync(cancellationToken) ?? "het schoolbestuur";
            var archive = ArchiveRetentionDefaults.With(Setting(() => configuration.GetSection("Archive:Retention").Get<Dictionary<string, TimeSpan>>(), "Archive:Retention") ?? []);
            await cli.Out.WriteAsync(ProcessingRegister.From(board, Retention(configuration), archive).ToMarkdown());
            return ExitCodes.Success;
        }));
        return new Command("privacy", "De AVG: het verwerkingsregister.") { register };
    }

    public static Command CreateRetention(CliContext cli)
    {
        ArgumentNullException.ThrowIfNull(cli);
        var database = new DatabaseOptions();
        var dryRun = new Option<bool>("--dry-run") { Description = "Toon alleen wat verwijderd zou worden; verander niets." };
        var run = new Command("run", "Verwijder nu wat zijn bewaartermijn voorbij is (zoals de dagelijkse taak van de app) en leg elke verwijdering vast in het auditlog.") { dryRun };
        database.AddTo(run);
        run.SetAction((parse, cancellationToken) => RunAsync(cli, database.Configuration(parse), async (services, configuration) =>
        {
            var sweeper = new RetentionSweeper(services.GetRequiredService<ProtocolwachtDbContext>(), services.GetRequiredService<IAuditLog>(), TimeProvider.System);
            var report = await sweeper.RunAsync(Retention(configuration), parse.GetValue(dryRun), cancellationToken);
            await cli.Out.WriteLineAsync(report.DryRun ? "Proef: er is niets verwijderd. Zou verwijderd worden:" : "Verwijderd:");
            foreach (var line in report.Lines)
            {
                await cli.Out.WriteLineAsync($"  {line.Label}: {line.Count}");
            }

            return ExitCodes.Success;
        }));
        return new Command("retention", "Bewaartermijnen toepassen.") { run };
    }

    private static RetentionOptions Retention(IConfiguration configuration) =>
        Setting(() => configuration.GetSection("Retention").Get<RetentionOptions>(), "Retention") ?? new RetentionOptions();

    // The binder's own message is English ("Failed to convert configuration value …"); it names the key, which is kept.
    private static T? Setting<T>(Func<T?> read, string section)
    {
        try
        {
            return read();
        }
        catch (InvalidOperationException ex)
        {
            throw new FormatException($"Een bewaartermijn in de instellingen ({section}) is geen tijdsduur zoals 183.00:00:00 (dagen.uren:minuten:seconden). Er is niets gewijzigd. Technische details: {ex.Message}", ex);
        }
    }

    /// <summary>
    /// Opens the app's database (migrated to this version, never seeded) for one use case; a SQLite file that is not
    /// there is refused rather than created empty, and a database error becomes exit code 1 with a Dutch message.
    /// </summary>
    private static async Task<int> RunAsync(CliContext cli, IConfiguration configuration, Func<IServiceProvider, IConfiguration, Task<int>> action)
    {
        if (DatabaseLocation.Of(configuration)?.MissingDatabase() is { } missing)
        {
            await cli.Error.WriteLineAsync(missing);
            return ExitCodes.UsageOrInputError;
        }

        try
        {
            await using var services = DatabaseServices.For(configuration)
                .BuildServiceProvider();
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitialiseAsync(seedDemoData: false);
            return await action(scope.ServiceProvider, configuration);
        }
        catch (Exception ex) when (ex is InvalidOperationException or DbException or DbUpdateException)
        {
            await cli.Error.WriteLineAsync(DatabaseProblem.NothingChangedBecause(ex, configuration));
            return ExitCodes.UsageOrInputError;
        }
        catch (FormatException ex)
        {
            await cli.Error.WriteLineAsync(ex.Message);
            return ExitCodes.UsageOrInputError;
        }
    }
}
