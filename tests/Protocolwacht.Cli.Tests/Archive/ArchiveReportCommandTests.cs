using Protocolwacht.Cli;
using Protocolwacht.Cli.Organisation;
using Protocolwacht.Domain.Archive;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence.Archive;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using Protocolwacht.TestSupport.Archive;

namespace Protocolwacht.Cli.Tests.Archive;

/// <summary>
/// <c>archive report</c> and <c>archive export</c> for an audit or a Woo request (issue #10 item 5): a
/// publication with its correction and deletion, selected by school, as a printable HTML report and as export lines.
/// </summary>
public class ArchiveReportCommandTests
{
    [Theory]
    [AllDatabases]
    public async Task Report_BySchool_ShowsThePublicationWithItsCorrectionAndDeletion_AndPrintsAsAStandaloneDocument(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, seedDemo: true);
        await using (var db = database.NewContext())
        {
            var published = ArchiveSeed.Sample(1);
            var log = new ArchiveLog(db, database.Time);
            log.Stage(ArchiveRecordTypes.Published, published);
            log.Stage(ArchiveRecordTypes.Revision, new RevisionRecord(published.PostId, Guid.NewGuid(), Guid.NewGuid(), 2, "regenboog-x", "x", DeliveryKind.CorrectionReply,
                "pid-1", "pid-2", null, "Wat een mooie sportdag gisteren!", "Correctie (aangepast door Tom Hendriks op 2-10-2026): Wat een mooie sportdag gisteren!",
                "De dag klopte niet.", "tom.hendriks", null, published.Check, published.PublishedAt, published.PublishedAt.AddDays(1)));
            log.Stage(ArchiveRecordTypes.Tombstone, new TombstoneRecord(published.PostId, Guid.NewGuid(), Guid.NewGuid(), "regenboog-x", "x", "pid-1",
                "Op verzoek van een ouder.", "tom.hendriks", "karin.mulder", published.PublishedAt.AddDays(2), published.PublishedAt.AddDays(2), published.PublishedAt.AddDays(2), false));
            await log.SaveChangesAsync(CancellationToken.None);
        }

        using var file = new TempFile(string.Empty, ".html");
        var run = await RunAsync(["archive", "report", "--school", "regenboog", "--from", "2026-10-01", "--to", "2026-10-31", "--output", file.Path, .. Location(database)]);
        var none = await RunAsync(["archive", "report", "--school", "kompas", .. Location(database)]);
        var export = await RunAsync(["archive", "export", "--account", "regenboog-x", "--format", "csv", .. Location(database)]);

        Assert.Equal(0, run.ExitCode);
        var html = await File.ReadAllTextAsync(file.Path);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal); // the stylesheet travels with the file
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "data-testid=\"report-publication\""));
        Assert.Contains("Wat een mooie sportdag vandaag, bericht 1!", html, StringComparison.Ordinal);
        Assert.Contains("Record 2: aangepast door Tom Hendriks", html, StringComparison.Ordinal);
        Assert.Contains("Reden: De dag klopte niet.", html, StringComparison.Ordinal);
        Assert.Contains("Gevraagd door Tom Hendriks, goedgekeurd door Karin Mulder. Reden: Op verzoek van een ouder.", html, StringComparison.Ordinal);
        Assert.Equal(0, none.ExitCode);
        Assert.Contains("Er zijn geen publicaties in deze selectie.", none.Out, StringComparison.Ordinal);
        var rows = export.Out.TrimEnd('\n').Split('\n');
        Assert.Equal(["published.v1", "revision.v1", "tombstone.v1"], rows.Skip(1).Select(r => r.Split(',')[1]));
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
