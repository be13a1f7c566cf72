using System.CommandLine;
using Protocolwacht.Checks;
using Protocolwacht.Checks.Batch;
using Protocolwacht.Checks.Evaluation;
using Protocolwacht.Cli.Batch;
using Protocolwacht.Cli.Checking;
using Protocolwacht.Cli.Rendering;

namespace Protocolwacht.Cli.Commands;

/// <summary>
/// <c>protocolwacht eval --corpus FILE</c>: checks every labelled line and prints the figures issue 3
/// sets targets on (confusion matrix, accuracy, missed and false blocks, per-category F1).
/// </summary>
public static class EvalCommand
{
    public static Command Create(CliContext cli)
    {
        var corpus = new Option<string>("--corpus")
        {
            Description = "Gelabeld corpus (JSONL): per regel een bericht zoals bij check --jsonl, plus \"expected\": {\"verdict\", \"categories\"} en \"advice\". '-' leest standaardinvoer.",
            HelpName = "BESTAND",
            Required = true,
        };
        var json = new Option<bool>("--json") { Description = "Schrijf het resultaat als één JSON-document in plaats van als tekst." };
        var setup = new CheckerOptions();

        var command = new Command("eval", """
            Meet de controle op een gelabeld corpus: verwarringsmatrix (verwacht × gegeven oordeel), nauwkeurigheid, gemiste blokkades (block verwacht, allow gegeven), onterechte blokkades (allow verwacht, block gegeven), precisie/recall/F1 per categorie en de afwijkende berichten.
            Afsluitcodes: 0 geëvalueerd, 4 één of meer regels overgeslagen (onleesbaar of zonder labels; ze staan in het rapport), 1 verkeerd gebruik of bestand niet te openen.
            """)
        {
            corpus, json,
        };

        setup.AddTo(command);
        command.SetAction(parse =>
        {
            if (setup.Create(parse, cli) is not { } ready)
            {
                return ExitCodes.UsageOrInputError;
            }

            var checker = ready.Checker;

            var path = parse.GetValue(corpus)!;
            using var input = JsonlInput.Open(path, cli, out var error);
            if (input is null)
            {
                cli.Error.WriteLine(error);
                return ExitCodes.UsageOrInputError;
            }

            var cases = new List<EvaluatedCase>();
            var skipped = new List<SkippedLine>();
            var lineNumber = 0;
            while (input.ReadLine() is { } line)
            {
                lineNumber++;
                if (InvalidUtf8.Is(line))
                {
                    skipped.Add(new SkippedLine(lineNumber, $"regel {lineNumber}: geen geldige UTF-8 (onleesbare bytes)"));
                    continue;
                }

                if (OverlongLine.Is(line))
                {
                    skipped.Add(new SkippedLine(lineNumber, $"regel {lineNumber}: {OverlongLine.Error}"));
                    continue;
                }

                var parsed = BatchFormat.ParseLine(line, lineNumber);
                var labels = CorpusLabels.Parse(line, out var labelError);
                if (parsed.Request is null || labels is null)
                {
                    skipped.Add(new SkippedLine(lineNumber, parsed.Error ?? $"regel {lineNumber}: {labelError}"));
                    continue;
                }

                cases.Add(new EvaluatedCase(parsed.Id ?? $"regel {lineNumber}", labels, checker.Check(parsed.Request)));
            }

            var report = Evaluator.Evaluate(cases);
            var name = path == JsonlInput.StandardInput ? "standaardinvoer" : Path.GetFileName(path);
            if (parse.GetValue(json))
            {
                EvaluationJsonWriter.Write(cli.Out, name, report, skipped);
            }
            else
            {
                new EvaluationTextWriter(cli.Out).Write(name, report, skipped);
            }

            return skipped.Count == 0 ? ExitCodes.Success : ExitCodes.SomeLinesInvalid;
        });

        return command;
    }
}
