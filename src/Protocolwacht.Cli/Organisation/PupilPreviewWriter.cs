using Protocolwacht.Persistence.Organisation.Pupils;

namespace Protocolwacht.Cli.Organisation;

/// <summary>Writes a pupil import's preview (or what was applied) for <c>org pupils</c>, in Dutch.</summary>
internal static class PupilPreviewWriter
{
    public static async Task<int> WriteAsync(CliContext cli, PupilImportPreview preview, bool applied)
    {
        if (!preview.CanApply)
        {
            await cli.Error.WriteLineAsync("Het bestand is geweigerd; er is niets gewijzigd.");
            foreach (var issue in preview.Issues)
            {
                await cli.Error.WriteLineAsync($"  {issue}");
            }

            return ExitCodes.UsageOrInputError;
        }

        await cli.Out.WriteLineAsync($"{(applied ? "Doorgevoerd" : "Voorvertoning")} ({string.Join(", ", preview.Schools)}): {preview}.");
        foreach (var (title, changes) in new[] { ("Nieuw", preview.New), ("Andere groep of school", preview.Moved), ("Vertrokken", preview.Left), ("Gewijzigde ouders", preview.ParentsChanged) })
        {
            if (changes.Count == 0)
            {
                continue;
            }

            await cli.Out.WriteLineAsync($"{title} ({changes.Count}):");
            foreach (var change in changes)
            {
                await cli.Out.WriteLineAsync($"  {change}");
            }
        }

        if (!preview.ParentsInFile)
        {
            await cli.Out.WriteLineAsync("Het bestand noemt geen ouders; de ouders in het register blijven zoals ze zijn.");
        }

        if (!applied)
        {
            await cli.Out.WriteLineAsync(preview.HasChanges ? "Er is niets gewijzigd. Voer dezelfde opdracht uit met --apply om dit door te voeren." : "Er verandert niets.");
        }

        return ExitCodes.Success;
    }
}
