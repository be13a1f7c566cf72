using System.Text;
using System.Text.Json;
using Protocolwacht.Checks;
using Protocolwacht.Checks.Batch;

namespace Protocolwacht.Web.Features.Checks;

/// <summary>
/// Checks input objects of the batch contract and writes their output objects with the engine's own format.
/// The signed-in person reads the answers, whatever author the input names, so findings never disclose
/// pupils of a school they may not see.
/// </summary>
internal static class BatchCheck
{
    public static (string Json, bool Valid) One(ProtocolChecker checker, string line, int lineNumber, string readerId)
    {
        var parsed = BatchFormat.ParseLine(line, lineNumber);
        if (parsed.Request is not { } request)
        {
            return (BatchFormat.WriteError(parsed.Id, lineNumber, parsed.Error ?? "ongeldige regel"), false);
        }

        try
        {
            return (BatchFormat.WriteResult(parsed.Id, CheckMetrics.Measure(() => checker.Check(request with { ReaderId = readerId }))), true);
        }
#pragma warning disable CA1031 // As in the CLI: one post that trips the engine must not cost the other lines their answer.
        catch (Exception)
#pragma warning restore CA1031
        {
            return (BatchFormat.WriteError(parsed.Id, lineNumber, "interne fout bij het controleren"), false);
        }
    }

    /// <summary>A JSON array of input objects gives an array of output objects in the same order; null when the body is no array.</summary>
    public static string? Array(ProtocolChecker checker, string body, string readerId)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            var output = new StringBuilder("[");
            var index = 0;
            foreach (var element in document.RootElement.EnumerateArray())
            {
                output.Append(index == 0 ? string.Empty : ",").Append(One(checker, element.GetRawText(), ++index, readerId).Json);
            }

            return output.Append(']').ToString();
        }
    }
}
