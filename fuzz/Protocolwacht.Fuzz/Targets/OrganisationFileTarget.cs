using System.Text;
using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Fuzz.Targets;

/// <summary>
/// The organisation file as <c>org import</c> and the web import read it (bytes decoded as UTF-8,
/// as File.ReadAllText and StreamReader do). The result is either a model and no errors, or no model
/// and at least one error, each with a line, a path and a Dutch message.
/// </summary>
internal sealed class OrganisationFileTarget : IFuzzTarget
{
    public void Run(ReadOnlySpan<byte> input)
    {
        var text = Encoding.UTF8.GetString(input);
        var result = OrganisationFile.Parse(text);
        if ((result.Organisation is null) == (result.Errors.Count == 0))
        {
            throw new FuzzContractException($"model {(result.Organisation is null ? "ontbreekt" : "aanwezig")} met {result.Errors.Count} fouten");
        }

        // The JSON reader also ends a line (a // comment) at a lone '\r', so a message may count those too.
        var lines = text.Count(c => c is '\n' or '\r' or '\u2028' or '\u2029') + 1;
        foreach (var error in result.Errors)
        {
            if (error.Line < 1 || error.Line > lines || string.IsNullOrWhiteSpace(error.Path) || string.IsNullOrWhiteSpace(error.Message))
            {
                throw new FuzzContractException($"fout zonder geldige plaats of melding: {error}");
            }
        }
    }
}
