using System.Text.Json;
using Protocolwacht.Checks;
using Protocolwacht.Cli.Batch;

namespace Protocolwacht.Fuzz.Targets;

/// <summary>
/// The batch contract as <c>protocolwacht check --jsonl</c> runs it: the input is a JSONL file (bytes,
/// so invalid UTF-8 is possible), read by the CLI's own reader and runner. Every input line must get
/// exactly one answer, in order: a verdict, or an error naming its own line number. An internal error
/// of the checker counts as a crash here, so the fuzzer reports it instead of the runner hiding it.
/// </summary>
internal sealed class BatchLineTarget(ProtocolChecker checker) : IFuzzTarget
{
    private static readonly string[] Verdicts = ["allow", "doubt", "block"];

    public void Run(ReadOnlySpan<byte> input) => Verify(checker, input.ToArray(), OverlongLine.MaxBytes);

    /// <summary>Runs the batch over <paramref name="bytes"/> with lines up to <paramref name="maxLineBytes"/> and checks the contract.</summary>
    public static void Verify(ProtocolChecker checker, byte[] bytes, int maxLineBytes)
    {
        using var reader = new Utf8LineReader(new MemoryStream(bytes), maxLineBytes);
        using var output = new StringWriter();
        JsonlBatchRunner.Run(checker, reader, output);

        var text = output.ToString();
        var answers = text.Length == 0 ? [] : text.TrimEnd('\n').Split('\n');
        var lines = LineCount(bytes);
        if (answers.Length != lines)
        {
            throw new FuzzContractException($"{lines} regels in, {answers.Length} antwoorden uit");
        }

        var inputs = System.Text.Encoding.UTF8.GetString(bytes).Split('\n');
        for (var i = 0; i < answers.Length; i++)
        {
            CheckAnswer(answers[i], i + 1, inputs[i]);
        }
    }

    private static void CheckAnswer(string answer, int lineNumber, string input)
    {
        using var document = JsonDocument.Parse(answer);
        var root = document.RootElement;
        if (root.TryGetProperty("verdict", out var verdict))
        {
            if (!Verdicts.Contains(verdict.GetString()) || root.GetProperty("findings").ValueKind != JsonValueKind.Array)
            {
                throw new FuzzContractException($"regel {lineNumber}: onbekend oordeel in {answer}");
            }

            return;
        }

        var error = root.GetProperty("error").GetString() ?? string.Empty;
        if (root.GetProperty("line").GetInt32() != lineNumber || !error.StartsWith($"regel {lineNumber}: ", StringComparison.Ordinal))
        {
            throw new FuzzContractException($"regel {lineNumber}: de fout noemt een ander regelnummer: {answer}");
        }

        BatchErrorContract.Verify(input, lineNumber, error);
        if (error.Contains("interne fout", StringComparison.Ordinal))
        {
            throw new FuzzContractException($"de controle gooide een uitzondering: {error}");
        }
    }

    // What Utf8LineReader yields: a line per '\n', plus a last line without one when it is not empty.
    private static int LineCount(byte[] bytes)
    {
        var newlines = bytes.Count(b => b == (byte)'\n');
        return bytes.Length > 0 && bytes[^1] != (byte)'\n' ? newlines + 1 : newlines;
    }
}
