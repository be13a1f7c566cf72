using Protocolwacht.Persistence.Organisation.StaffImport;

namespace Protocolwacht.Cli.Organisation;

/// <summary>Writes a staff import's preview (or what was applied, with the accounts created) for <c>org staff</c>, in Dutch.</summary>
internal static class StaffPreviewWriter
{
    public static async Task<int> WriteAsync(CliContext cli, StaffImportPreview preview, int? accountsCreated)
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

        await cli.Out.WriteLineAsync(accountsCreated is { } created
            ? $"Doorgevoerd: {preview}; {created} aanmeldaccounts aangemaakt."
            : $"Voorvertoning: {preview}.");
        foreach (var (title, changes) in new[] { ("Nieuw", preview.New), ("Gewijzigd", preview.Changed), ("Niet meer in dienst", preview.Removed) })
        {
            if (changes.Count > 0)
            {
                await cli.Out.WriteLineAsync($"{title} ({changes.Count}):");
                foreach (var change in changes)
                {
                    await cli.Out.WriteLineAsync($"  {change}");
                }
            }
        }

        if (accountsCreated is null)
        {
            await cli.Out.WriteLineAsync(preview.HasChanges ? "Er is niets gewijzigd. Voer dezelfde opdracht uit met --apply om dit door te voeren." : "Er verandert niets.");
        }

        return ExitCodes.Success;
    }
}
