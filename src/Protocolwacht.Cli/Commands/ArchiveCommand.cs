using System.CommandLine;
using System.Data.Common;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Protocolwacht.Cli.Archive;
using Protocolwacht.Domain.Archive;
using Protocolwacht.Persistence.Archive;
using Protocolwacht.Persistence.Database;

namespace Protocolwacht.Cli.Commands;

/// <summary>
/// <c>protocolwacht archive verify|tree-head|prove|consistency</c>: checks the permanent archive in the
/// app's database without the app, prints the latest signed tree head for keeping outside, and prints
/// proofs an outsider can check against it. Read-only: none of these writes to the database.
/// </summary>
public static class ArchiveCommand
{
    public static Command Create(CliContext cli)
    {
        ArgumentNullException.ThrowIfNull(cli);
        return new Command("archive", "Controleer het permanente archief van publicaties (alleen lezen).")
        {
            Verify(cli),
            TreeHead(cli),
            Prove(cli),
            Consistency(cli),
            Export(cli),
            Report(cli),
        };
    }

    private static Command Verify(CliContext cli)
    {
        var database = new DatabaseOptions();
        var outside = new Option<FileInfo[]>("--tree-head") { Description = "Een buiten de app bewaarde boomkop (JSON van 'archive tree-head'); mag vaker. Het archief moet ook daarmee kloppen.", HelpName = "BESTAND", AllowMultipleArgumentsPerToken = false };
        var command = new Command("verify", """
            Rekent het hele archief na: volgorde zonder gaten, elke inhoud tegen haar hash, elke ondertekende boomkop tegen de Merkle-wortel.
            Records waarvan de inhoud met een redactierecord is verwijderd gelden als verwijderd, niet als gewijzigd.
            Afsluitcodes: 0 intact, 4 gewijzigd (noemt het eerste afwijkende record), 1 verkeerd gebruik of database niet leesbaar.
            """) { outside };
        database.AddTo(command);
        command.SetAction((parse, cancellationToken) => RunAsync(cli, database.Configuration(parse), async services =>
        {
            var heads = new List<(SignedTreeHead, byte[])>();
            foreach (var file in parse.GetValue(outside) ?? [])
            {
                string json;
                try
                {
                    json = await File.ReadAllTextAsync(file.FullName, cancellationToken);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    await cli.Error.WriteLineAsync(InputFileProblem.Describe(file.FullName, ex, "er is niets nagerekend"));
                    return ExitCodes.UsageOrInputError;
                }

                if (TreeHeadFile.Parse(json, file.FullName, out var error) is not { } head)
                {
                    await cli.Error.WriteLineAsync($"{error} Er is niets nagerekend.");
                    return ExitCodes.UsageOrInputError;
                }

                heads.Add(head);
            }

            var report = await services.GetRequiredService<ArchiveStore>().VerifyAsync(heads, cancellationToken);
            await ArchiveReportWriter.WriteAsync(cli.Out, report);
            return report.Intact ? ExitCodes.Success : ExitCodes.Tampered;
        }));
        return command;
    }

    private static Command TreeHead(CliContext cli)
    {
        var database = new DatabaseOptions();
        var command = new Command("tree-head", "Print de laatste ondertekende boomkop als JSON, om buiten de app te bewaren (bijv. door de raad van toezicht).");
        database.AddTo(command);
        command.SetAction((parse, cancellationToken) => RunAsync(cli, database.Configuration(parse), async services =>
        {
            var store = services.GetRequiredService<ArchiveStore>();
            var head = await store.LatestTreeHeadAsync(cancellationToken);
            if (head is null)
            {
                await cli.Error.WriteLineAsync("Er is nog geen ondertekende boomkop: de app tekent er een zodra er iets gepubliceerd is.");
                return ExitCodes.UsageOrInputError;
            }

            var keys = await store.PublicKeysAsync(cancellationToken);
            await cli.Out.WriteLineAsync(JsonSerializer.Serialize(TreeHeadJson.From(head, keys[head.KeyId]), TreeHeadJson.Options));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Prove(CliContext cli)
    {
        var database = new DatabaseOptions();
        var record = new Option<long>("--record") { Description = "Het volgnummer van het record (vanaf 1).", HelpName = "N", Required = true };
        var size = new Option<long?>("--tree-size") { Description = "De grootte van de boom (een ondertekende boomkop); standaard de laatste.", HelpName = "M" };
        var command = new Command("prove", "Print het inclusiebewijs (RFC 9162) van een record in de boom van M records, als JSON.") { record, size };
        database.AddTo(command);
        command.SetAction((parse, cancellationToken) => RunAsync(cli, database.Configuration(parse), async services =>
        {
            var store = services.GetRequiredService<ArchiveStore>();
            var treeSize = parse.GetValue(size) ?? (await store.LatestTreeHeadAsync(cancellationToken))?.TreeSize ?? await store.CountAsync(cancellationToken);
            var sequence = parse.GetValue(record);
            var leaves = await store.LeafHashesAsync(treeSize, cancellationToken);
            if (treeSize < 1 || treeSize > leaves.Count)
            {
                await cli.Error.WriteLineAsync($"--tree-size {treeSize} kan niet: het archief heeft {leaves.Count} records.");
                return ExitCodes.UsageOrInputError;
            }

            if (sequence < 1 || sequence > treeSize)
            {
                await cli.Error.WriteLineAsync($"--record {sequence} kan niet: kies een record van 1 tot en met {treeSize}.");
                return ExitCodes.UsageOrInputError;
            }

            var proof = MerkleTree.InclusionProof(leaves, sequence - 1, treeSize);
            var head = (await store.TreeHeadsAsync(cancellationToken)).FirstOrDefault(h => h.TreeSize == treeSize);
            var output = new
            {
                record = sequence,
                leafIndex = sequence - 1,
                treeSize,
                leafHash = Convert.ToHexStringLower(leaves[(int)(sequence - 1)]),
                rootHash = Convert.ToHexStringLower(MerkleTree.Root(leaves, treeSize)),
                proof = proof.Select(Convert.ToHexStringLower).ToList(),
                signedTreeHead = head is null ? null : TreeHeadJson.From(head, (await store.PublicKeysAsync(cancellationToken))[head.KeyId]),
            };
            await cli.Out.WriteLineAsync(JsonSerializer.Serialize(output, TreeHeadJson.Options));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Consistency(CliContext cli)
    {
        var database = new DatabaseOptions();
        var from = new Option<long>("--from") { Description = "De grootte van de oudere boomkop.", HelpName = "M", Required = true };
        var size = new Option<long?>("--tree-size") { Description = "De grootte van de nieuwere boom; standaard de laatste boomkop.", HelpName = "N" };
        var command = new Command("consistency", "Print het consistentiebewijs (RFC 9162) dat de boom van M records het begin is van de boom van N records, als JSON.") { from, size };
        database.AddTo(command);
        command.SetAction((parse, cancellationToken) => RunAsync(cli, database.Configuration(parse), async services =>
        {
            var store = services.GetRequiredService<ArchiveStore>();
            var treeSize = parse.GetValue(size) ?? (await store.LatestTreeHeadAsync(cancellationToken))?.TreeSize ?? await store.CountAsync(cancellationToken);
            var oldSize = parse.GetValue(from);
            var leaves = await store.LeafHashesAsync(treeSize, cancellationToken);
            if (treeSize > leaves.Count || oldSize < 1 || oldSize > treeSize)
            {
                await cli.Error.WriteLineAsync($"--from {oldSize} --tree-size {treeSize} kan niet: het archief heeft {leaves.Count} records en --from moet tussen 1 en --tree-size liggen.");
                return ExitCodes.UsageOrInputError;
            }

            var output = new
            {
                from = oldSize,
                treeSize,
                fromRootHash = Convert.ToHexStringLower(MerkleTree.Root(leaves, oldSize)),
                rootHash = Convert.ToHexStringLower(MerkleTree.Root(leaves, treeSize)),
                proof = MerkleTree.ConsistencyProof(leaves, oldSize, treeSize).Select(Convert.ToHexStringLower).ToList(),
            };
            await cli.Out.WriteLineAsync(JsonSerializer.Serialize(output, TreeHeadJson.Options));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Export(CliContext cli)
    {
        var database = new DatabaseOptions();
        var from = new Option<DateOnly?>("--from") { Description = "Eerste dag (JJJJ-MM-DD, UTC) van de periode.", HelpName = "DATUM" };
        var to = new Option<DateOnly?>("--to") { Description = "Laatste dag (JJJJ-MM-DD, UTC) van de periode.", HelpName = "DATUM" };
        var account = new Option<string?>("--account") { Description = "Alleen dit account (account-id, bijv. regenboog-x).", HelpName = "ACCOUNT" };
        var school = new Option<string?>("--school") { Description = "Alleen accounts van deze school (school-id).", HelpName = "SCHOOL" };
        var format = new Option<string>("--format") { Description = "jsonl (standaard) of csv.", HelpName = "FORMAAT", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "csv");
        var file = new Option<FileInfo?>("--output") { Description = "Schrijf naar dit bestand in plaats van naar standaarduitvoer.", HelpName = "BESTAND" };
        var command = new Command("export", """
            Exporteert gepubliceerde records met hun aanpassingen en verwijderingen (periode, account, school) voor een audit of Woo-verzoek, elk met zijn inclusiebewijs
            in de boom van de laatste ondertekende boomkop. JSON Lines: eerst de boomkop, dan één record per regel. CSV: één record per rij.
            Afsluitcodes: 0 geëxporteerd, 1 verkeerd gebruik of database niet leesbaar.
            """) { from, to, account, school, format, file };
        database.AddTo(command);
        command.SetAction((parse, cancellationToken) => RunAsync(cli, database.Configuration(parse), async services =>
        {
            var organisation = await services.GetRequiredService<Persistence.Organisation.OrganisationReader>().LoadAsync(cancellationToken);
            var selection = new ArchiveExport.Selection(parse.GetValue(from), parse.GetValue(to), parse.GetValue(account), parse.GetValue(school));
            var export = new ArchiveExport(services.GetRequiredService<ArchiveStore>(), organisation);
            var csv = parse.GetValue(format) == "csv";
            if (parse.GetValue(file) is { } target)
            {
                await using var writer = new StreamWriter(target.FullName, append: false, new System.Text.UTF8Encoding(false));
                var written = await export.WriteAsync(writer, selection, csv, cancellationToken);
                await cli.Out.WriteLineAsync($"{written} record(s) geëxporteerd naar {target.FullName}.");
            }
            else
            {
                await export.WriteAsync(cli.Out, selection, csv, cancellationToken);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Report(CliContext cli)
    {
        var database = new DatabaseOptions();
        var from = new Option<DateOnly?>("--from") { Description = "Eerste dag (JJJJ-MM-DD, Nederlandse tijd) van de periode.", HelpName = "DATUM" };
        var to = new Option<DateOnly?>("--to") { Description = "Laatste dag (JJJJ-MM-DD, Nederlandse tijd) van de periode.", HelpName = "DATUM" };
        var account = new Option<string?>("--account") { Description = "Alleen dit account (account-id, bijv. regenboog-x).", HelpName = "ACCOUNT" };
        var school = new Option<string?>("--school") { Description = "Alleen accounts van deze school (school-id).", HelpName = "SCHOOL" };
        var file = new Option<FileInfo?>("--output") { Description = "Schrijf het verslag naar dit bestand in plaats van naar standaarduitvoer.", HelpName = "BESTAND" };
        var command = new Command("report", """
            Maakt een afdrukbaar HTML-verslag (ook als PDF af te drukken vanuit een browser) voor een audit of Woo-verzoek: wat er in de
            periode gepubliceerd is, door wie, na welke controle en goedkeuring, met elke aanpassing en verwijdering en de boomkop.
            Afsluitcodes: 0 gemaakt, 1 verkeerd gebruik of database niet leesbaar.
            """) { from, to, account, school, file };
        database.AddTo(command);
        command.SetAction((parse, cancellationToken) => RunAsync(cli, database.Configuration(parse), async services =>
        {
            var organisation = await services.GetRequiredService<Persistence.Organisation.OrganisationReader>().LoadAsync(cancellationToken);
            var selection = new global::Protocolwacht.History.Report.ArchiveReportSelection(parse.GetValue(from), parse.GetValue(to), parse.GetValue(school), parse.GetValue(account));
            var report = await new global::Protocolwacht.History.Report.ArchiveReportBuilder(services.GetRequiredService<ArchiveStore>(), TimeProvider.System).BuildAsync(selection, organisation, cancellationToken);
            var html = global::Protocolwacht.History.Report.ArchiveReportHtml.Render(report, organisation, stylesheetHref: null);
            if (parse.GetValue(file) is { } target)
            {
                await File.WriteAllTextAsync(target.FullName, html, new System.Text.UTF8Encoding(false), cancellationToken);
                await cli.Out.WriteLineAsync($"Verslag met {report.Publications.Count} publicatie(s) geschreven naar {target.FullName}.");
            }
            else
            {
                await cli.Out.WriteAsync(html);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>
    /// Opens the app's database read-only (no migration, no seeding; a SQLite file that is not there is refused, not
    /// created) and turns database and file errors into exit code 1 with a Dutch message naming the database.
    /// </summary>
    private static async Task<int> RunAsync(CliContext cli, IConfiguration configuration, Func<IServiceProvider, Task<int>> action)
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
            return await action(scope.ServiceProvider);
        }
        catch (Exception ex) when (ex is InvalidOperationException or DbException)
        {
            await cli.Error.WriteLineAsync($"Het archief kan niet worden gelezen. {DatabaseProblem.Describe(ex, configuration)}");
            return ExitCodes.UsageOrInputError;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Only the --output file is written; the message of the runtime names it.
            await cli.Error.WriteLineAsync($"Het bestand voor --output kan niet worden geschreven (bestaat de map, is er ruimte, mag Protocolwacht erin schrijven?). Technische details: {ex.Message}");
            return ExitCodes.UsageOrInputError;
        }
    }
}
