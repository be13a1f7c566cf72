using System.Text;
using Protocolwacht.Cli.Archive;

namespace Protocolwacht.Fuzz.Targets;

/// <summary>
/// A tree head kept outside the app as <c>archive verify --tree-head</c> reads it (bytes decoded as UTF-8, as
/// File.ReadAllText does). The result is a head and no error, or no head and a Dutch error naming the file.
/// </summary>
internal sealed class TreeHeadTarget : IFuzzTarget
{
    private const string Name = "boomkop.json";

    public void Run(ReadOnlySpan<byte> input)
    {
        var head = TreeHeadFile.Parse(Encoding.UTF8.GetString(input), Name, out var error);
        if ((head is null) == (error is null))
        {
            throw new FuzzContractException($"boomkop {(head is null ? "ontbreekt" : "aanwezig")} met fout '{error}'");
        }

        if (error is not null && !error.StartsWith($"'{Name}' is geen", StringComparison.Ordinal))
        {
            throw new FuzzContractException($"de fout noemt het bestand niet: {error}");
        }
    }
}
