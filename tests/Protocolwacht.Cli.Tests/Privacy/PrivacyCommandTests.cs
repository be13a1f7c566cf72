using Microsoft.EntityFrameworkCore;
using Protocolwacht.Cli.Organisation;
using Protocolwacht.Persistence.Audit;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;

namespace Protocolwacht.Cli.Tests.Privacy;

/// <summary><c>protocolwacht retention run</c> and <c>protocolwacht privacy register</c> on the app's database.</summary>
[Collection(Failures.RetentionSettings.Name)]
public sealed class PrivacyCommandTests
{
    [Theory]
    [AllDatabases]
    public async Task RetentionRun_DryRunChangesNothing_ThenRunRemovesAnExpiredSignIn_KeepingARecentOne(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var now = TimeProvider.System.GetUtcNow();
        await using (var db = database.NewContext())
        {
            db.AuditEntries.Add(new AuditEntryEntity { At = now.AddDays(-200), Actor = "tom.hendriks", Action = AuditActions.SignedIn, Subject = "medewerker:tom.hendriks" });
            db.AuditEntries.Add(new AuditEntryEntity { At = now.AddDays(-10), Actor = "tom.hendriks", Action = AuditActions.SignedIn, Subject = "medewerker:tom.hendriks" });
            await db.SaveChangesAsync();
        }

        var dry = await RunAsync(["retention", "run", "--dry-run", .. Location(database)]);
        Assert.Equal(0, dry.ExitCode);
        Assert.Contains("Aanmeldgegevens: 1", dry.Out, StringComparison.Ordinal);
        Assert.Equal(2, await CountSignInsAsync(database));

        var run = await RunAsync(["retention", "run", .. Location(database)]);
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Verwijderd:", run.Out, StringComparison.Ordinal);
        Assert.Equal(1, await CountSignInsAsync(database));
    }

    [Fact]
    public async Task PrivacyRegister_PrintsMarkdownWithTheConfiguredRetention()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var register = await RunAsync(["privacy", "register", .. Location(database)]);

        Assert.Equal(0, register.ExitCode);
        Assert.StartsWith("# Verwerkingsregister", register.Out, StringComparison.Ordinal);
        Assert.Contains("| Aanmeldgegevens | 183 dagen na de aanmelding |", register.Out, StringComparison.Ordinal);
        Assert.Contains("| Inhoud van gepubliceerde berichten in het archief | 3653 dagen na publicatie |", register.Out, StringComparison.Ordinal);
        Assert.Contains("## Beveiligingsmaatregelen", register.Out, StringComparison.Ordinal);
    }

    private static async Task<int> CountSignInsAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        return await db.AuditEntries.CountAsync(e => e.Action == AuditActions.SignedIn);
    }

    private static string[] Location(TestDatabase database) => database.Settings.Provider == DatabaseProvider.Postgres
        ? ["--provider", "Postgres", "--connection", database.Settings.ConnectionString]
        : ["--data-dir", database.DataDirectory!];

    private static async Task<(int ExitCode, string Out, string Error)> RunAsync(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var cli = new CliContext(output, error, () => new StringReader(string.Empty), colour: false, OrganisationSource.Default);
        var exitCode = await Program.BuildRoot(cli).Parse(args).InvokeAsync(cli.Invocation);
        return (exitCode, output.ToString(), error.ToString());
    }
}
