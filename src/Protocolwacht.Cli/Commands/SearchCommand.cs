using System.CommandLine;
using System.Data.Common;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Protocolwacht.Cli.Archive;
using Protocolwacht.Domain.Time;
using Protocolwacht.History;
using Protocolwacht.History.Insight;
using Protocolwacht.History.Search;
using Protocolwacht.Persistence.Database;

namespace Protocolwacht.Cli.Commands;

/// <summary>
/// <c>protocolwacht search "…"</c>: the archive search of <c>/search</c> from the command line, over everything
/// (the operator holds the database anyway), with the same filters. <c>--rebuild</c> recreates the index from the
/// archive first. Matching words are shown between [[ and ]].
/// </summary>
public static class SearchCommand
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static Command Create(CliContext cli)
    {
        ArgumentNullException.ThrowIfNull(cli);
        var text = new Argument<string?>("ZOEKVRAAG") { Description = "Woorden (alle moeten voorkomen), \"een zinsdeel\", -woord om uit te sluiten, or tussen alternatieven.", Arity = ArgumentArity.ZeroOrOne };
        var school = new Option<string?>("--school") { Description = "Alleen deze school (school-id).", HelpName = "SCHOOL" };
        var account = new Option<string?>("--account") { Description = "Alleen dit account (account-id).", HelpName = "ACCOUNT" };
        var author = new Option<string?>("--author") { Description = "Alleen berichten van deze medewerker (medewerker-id; geïmporteerde berichten hebben geen auteur).", HelpName = "MEDEWERKER" };
        var from = new Option<DateOnly?>("--from") { Description = "Eerste dag (JJJJ-MM-DD).", HelpName = "DATUM" };
        var to = new Option<DateOnly?>("--to") { Description = "Laatste dag (JJJJ-MM-DD).", HelpName = "DATUM" };
        var verdict = new Option<string?>("--verdict") { Description = "allow, doubt of block.", HelpName = "OORDEEL" };
        verdict.AcceptOnlyFromAmong("allow", "doubt", "block");
        var category = new Option<string?>("--category") { Description = "Een categorie van de controle (bijv. privacy).", HelpName = "CATEGORIE" };
        var source = new Option<string?>("--source") { Description = "published (hier gepubliceerd) of imported (geïmporteerd).", HelpName = "BRON" };
        source.AcceptOnlyFromAmong("published", "imported");
        var limit = new Option<int>("--limit") { Description = "Hoeveel resultaten (standaard 20).", HelpName = "N", DefaultValueFactory = _ => 20 };
        var before = new Option<string?>("--before") { Description = "De volgende (oudere) bladzijde: de waarde die na 'Oudere resultaten:' staat.", HelpName = "CURSOR" };
        var rebuild = new Option<bool>("--rebuild") { Description = "Bouw de zoekindex eerst opnieuw op uit het archief." };
        var database = new DatabaseOptions();
        var command = new Command("search", """
            Zoekt in het hele archief (hier gepubliceerd en geïmporteerd) in het Nederlands: vervoegingen en samenstellingen tellen mee.
            Afsluitcodes: 0 gezocht (ook zonder resultaten), 1 verkeerd gebruik of database niet leesbaar.
            """) { text, school, account, author, from, to, verdict, category, source, limit, before, rebuild };
        database.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            try
            {
                await using var services = DatabaseServices.For(database.Configuration(parse))
                    .AddHistory()
                    .BuildServiceProvider();
                await using var scope = services.CreateAsyncScope();
                if (parse.GetValue(rebuild))
                {
                    var rows = await scope.ServiceProvider.GetRequiredService<SearchIndexer>().RebuildAsync(cancellationToken);
                    await cli.Out.WriteLineAsync($"Zoekindex opnieuw opgebouwd: {rows} bericht(en).");
                    var figures = await scope.ServiceProvider.GetRequiredService<InsightIndexer>().RebuildAsync(cancellationToken);
                    await cli.Out.WriteLineAsync($"Cijfers voor inzicht opnieuw opgebouwd: {figures} bericht(en).");
                    if (string.IsNullOrWhiteSpace(parse.GetValue(text)))
                    {
                        return ExitCodes.Success;
                    }
                }

                var cursor = SearchCursor.Parse(parse.GetValue(before));
                if (cursor is null && parse.GetValue(before) is not null)
                {
                    await cli.Error.WriteLineAsync("--before verwacht de waarde die na 'Oudere resultaten:' stond.");
                    return ExitCodes.UsageOrInputError;
                }

                var filters = new SearchFilters
                {
                    SchoolId = parse.GetValue(school),
                    AccountId = parse.GetValue(account),
                    AuthorId = parse.GetValue(author),
                    From = parse.GetValue(from),
                    To = parse.GetValue(to),
                    Verdict = parse.GetValue(verdict),
                    Category = parse.GetValue(category),
                    Source = parse.GetValue(source),
                    Limit = Math.Clamp(parse.GetValue(limit), 1, 1000),
                    Before = cursor,
                };
                var results = await scope.ServiceProvider.GetRequiredService<ArchiveSearch>().SearchAsync(parse.GetValue(text), filters, cancellationToken);
                if (results.Error is not null)
                {
                    await cli.Error.WriteLineAsync(results.Error);
                    return ExitCodes.UsageOrInputError;
                }

                // Grouped as the page and README write it ("meer dan 1.000 resultaten").
                var count = results.Total.ToString("N0", Dutch);
                var total = results.TotalIsCapped ? $"meer dan {count} resultaten"
                    : results.Total == 1 ? "1 resultaat" : $"{count} resultaten";
                await cli.Out.WriteLineAsync($"{total}; de nieuwste {results.Hits.Count}:");
                foreach (var hit in results.Hits)
                {
                    var label = hit.Source == "imported" ? "geïmporteerd" : "gepubliceerd";
                    await cli.Out.WriteLineAsync($"#{hit.Sequence} {DutchTime.Format(hit.At)} {hit.AccountId} ({label}, {hit.Verdict}{(hit.Categories.Count > 0 ? ": " + string.Join(", ", hit.Categories) : string.Empty)})");
                    await cli.Out.WriteLineAsync($"  {hit.Marked.ReplaceLineEndings(" ")}");
                }

                if (results.Next is { } next)
                {
                    await cli.Out.WriteLineAsync($"Oudere resultaten: --before {next}");
                }

                return ExitCodes.Success;
            }
            catch (Exception ex) when (ex is InvalidOperationException or DbException or IOException or UnauthorizedAccessException)
            {
                await cli.Error.WriteLineAsync($"Het archief kan niet worden doorzocht. {DatabaseProblem.Describe(ex, database.Configuration(parse))}");
                return ExitCodes.UsageOrInputError;
            }
        });
        return command;
    }
}
