using Protocolwacht.Checks;
using Protocolwacht.Checks.Batch;

namespace Protocolwacht.Cli.Batch;

/// <summary>
/// The batch contract of shared/spec/protocol-checks.md: exactly one output line per input line, in
/// input order. A line that cannot be read, including a blank one, becomes an error line naming its
/// line number, so output line N always answers input line N; the batch always reaches the end.
/// </summary>
internal static class JsonlBatchRunner
{
    /// <returns>How many input lines could not be checked.</returns>
    public static int Run(ProtocolChecker checker, TextReader input, TextWriter output)
    {
        var lineNumber = 0;
        var failed = 0;
        while (input.ReadLine() is { } line)
        {
            lineNumber++;
            var outputLine = CheckLine(checker, line, lineNumber);
            if (outputLine.Failed)
            {
                failed++;
            }

            output.WriteLine(outputLine.Json);
        }

        return failed;
    }

    private static (string Json, bool Failed) CheckLine(ProtocolChecker checker, string line, int lineNumber)
    {
        if (InvalidUtf8.Is(line))
        {
            return (BatchFormat.WriteError(null, lineNumber, "geen geldige UTF-8 (onleesbare bytes)"), true);
        }

        if (OverlongLine.Is(line))
        {
            return (BatchFormat.WriteError(null, lineNumber, OverlongLine.Error), true);
        }

        var parsed = BatchFormat.ParseLine(line, lineNumber);
        if (parsed.Request is null)
        {
            return (BatchFormat.WriteError(parsed.Id, lineNumber, parsed.Error ?? "onleesbare regel"), true);
        }

        try
        {
            return (BatchFormat.WriteResult(parsed.Id, checker.Check(parsed.Request)), false);
        }
#pragma warning disable CA1031 // The contract says the batch goes on; one post that trips the engine must not cost the rest.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            // The runtime's message is English and may quote the post; its type is enough to find the defect from the line.
            return (BatchFormat.WriteError(parsed.Id, lineNumber, $"interne fout bij het controleren; meld het met deze regel aan de beheerder. Technische details: {ex.GetType().FullName}"), true);
        }
    }
}
