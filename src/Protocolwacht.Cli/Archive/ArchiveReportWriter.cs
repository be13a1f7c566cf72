using Protocolwacht.Domain.Archive;

namespace Protocolwacht.Cli.Archive;

/// <summary>What <c>archive verify</c> prints, in Dutch: one summary line, then each problem.</summary>
internal static class ArchiveReportWriter
{
    public static async Task WriteAsync(TextWriter output, VerificationReport report)
    {
        if (report.Intact)
        {
            await output.WriteLineAsync($"Archief intact: {report.Records} records ({report.Redacted} met verwijderde inhoud), "
                + $"{report.TreeHeadsChecked} ondertekende boomkop(pen) gecontroleerd, {report.UnsignedRecords} record(s) nog niet ondertekend.");
            await output.WriteLineAsync($"Merkle-wortel over {report.Records} records: {Convert.ToHexStringLower(report.Root)}");
            return;
        }

        var first = report.FirstProblem!;
        await output.WriteLineAsync(first.IsExact
            ? $"Archief GEWIJZIGD: record {first.FirstSequence} klopt niet (eerste afwijkende record)."
            : $"Archief GEWIJZIGD: het eerste afwijkende record ligt tussen {first.FirstSequence} en {first.LastSequence}.");
        foreach (var problem in report.Problems.OrderBy(p => p.FirstSequence))
        {
            await output.WriteLineAsync($"  {problem.Message}");
        }
    }
}
