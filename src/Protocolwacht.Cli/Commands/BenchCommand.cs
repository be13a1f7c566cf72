using System.CommandLine;
using Protocolwacht.Cli.Archive;
using Protocolwacht.Cli.Organisation;

namespace Protocolwacht.Cli.Commands;

/// <summary><c>protocolwacht bench archive --records N</c>: measures verification on a throwaway archive; figures go in docs/benchmarks.md.</summary>
public static class BenchCommand
{
    public static Command Create(CliContext cli)
    {
        ArgumentNullException.ThrowIfNull(cli);
        var records = new Option<long>("--records") { Description = "Aantal synthetische records.", HelpName = "N", DefaultValueFactory = _ => 100_000 };
        var archive = new Command("archive", """
            Bouwt een wegwerparchief van N synthetische records in een tijdelijke SQLite-database (nooit die van de app),
            tekent er een boomkop over en verifieert het. De laatste regel is 'verify: N records in S s'.
            """) { records };
        archive.SetAction(async (parse, cancellationToken) =>
        {
            var count = parse.GetValue(records);
            if (count < 1)
            {
                await cli.Error.WriteLineAsync("--records moet minstens 1 zijn.");
                return ExitCodes.UsageOrInputError;
            }

            return await ArchiveBenchmark.RunAsync(cli.Out, count, cancellationToken);
        });
        var schools = new Option<int>("--schools") { Description = "Aantal scholen.", HelpName = "N", DefaultValueFactory = _ => 10 };
        var pupils = new Option<int>("--pupils") { Description = "Aantal leerlingen (elk met twee ouders).", HelpName = "N", DefaultValueFactory = _ => 3000 };
        var staff = new Option<int>("--staff") { Description = "Aantal medewerkers in de personeelsexport.", HelpName = "N", DefaultValueFactory = _ => 300 };
        var schooldata = new Command("schooldata", """
            Importeert een synthetische leerlingenexport (N leerlingen met elk twee ouders, over S scholen) in een tijdelijke
            SQLite-database (nooit die van de app): inlezen en voorvertoning, toepassen, en een maand later opnieuw, gemeten.
            Daarna een personeelsexport van M medewerkers (--staff): inlezen, voorvertoning en toepassen met aanmeldaccounts.
            """) { schools, pupils, staff };
        schooldata.SetAction(async (parse, cancellationToken) =>
        {
            var (s, p, m) = (parse.GetValue(schools), parse.GetValue(pupils), parse.GetValue(staff));
            if (s < 1 || s > 90 || p < 1 || m <= s)
            {
                await cli.Error.WriteLineAsync("--schools moet tussen 1 en 90 liggen, --pupils minstens 1 zijn en --staff groter dan --schools.");
                return ExitCodes.UsageOrInputError;
            }

            return await SchoolDataBenchmark.RunAsync(cli.Out, s, p, m, cancellationToken);
        });
        return new Command("bench", "Metingen op wegwerpgegevens (zie docs/benchmarks.md).") { archive, schooldata, Search(cli) };
    }

    private static Command Search(CliContext cli)
    {
        var posts = new Option<int>("--posts") { Description = "Aantal synthetische berichten.", HelpName = "N", DefaultValueFactory = _ => 100_000 };
        var provider = new Option<string>("--provider") { Description = "Sqlite (standaard) of Postgres.", HelpName = "NAAM", DefaultValueFactory = _ => "Sqlite" };
        provider.AcceptOnlyFromAmong("Sqlite", "Postgres");
        var connection = new Option<string?>("--connection") { Description = "PostgreSQL-server waarop een tijdelijke database wordt gemaakt en weer verwijderd.", HelpName = "TEKST" };
        var explain = new Option<bool>("--explain") { Description = "Toon ook de queryplannen (EXPLAIN) van een veelvoorkomend en een zeldzaam woord." };
        var search = new Command("search", """
            Bouwt een wegwerpzoekindex van N synthetische Nederlandse berichten in een tijdelijke database (nooit die van de app)
            en meet een vaste reeks zoekvragen. De laatste regel is 'search p95: X ms over N posts'.
            """) { posts, provider, connection, explain };
        search.SetAction(async (parse, cancellationToken) =>
        {
            var count = parse.GetValue(posts);
            var postgres = parse.GetValue(provider) == "Postgres";
            if (count < 1 || (postgres && string.IsNullOrEmpty(parse.GetValue(connection))))
            {
                await cli.Error.WriteLineAsync("--posts moet minstens 1 zijn; --provider Postgres vraagt --connection.");
                return ExitCodes.UsageOrInputError;
            }

            return await History.SearchBenchmark.RunAsync(cli.Out, count, postgres ? Persistence.Database.DatabaseProvider.Postgres : Persistence.Database.DatabaseProvider.Sqlite, parse.GetValue(connection), parse.GetValue(explain), cancellationToken);
        });
        return search;
    }
}
