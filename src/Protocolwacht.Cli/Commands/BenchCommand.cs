using System.CommandLine;
using Protocolwacht.Cli.Archive;

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
        return new Command("bench", "Metingen op wegwerpgegevens (zie docs/benchmarks.md).") { archive };
    }
}
