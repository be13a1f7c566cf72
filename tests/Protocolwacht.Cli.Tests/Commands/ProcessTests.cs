using System.Diagnostics;

namespace Protocolwacht.Cli.Tests.Commands;

/// <summary>
/// The real executable in its own process, started from an unrelated working directory: proves the CLI
/// needs no files relative to the repository and that its buffered output and exit codes reach the caller.
/// </summary>
public class ProcessTests
{
    [Fact]
    public async Task Protocolwacht_FromTempFolder_ChecksTextAndReturnsVerdictExitCode()
    {
        var run = await RunAsync(null, "check", "Fijne vakantie allemaal, tot na de zomer!", "--account", "konot-x", "--author", "tom.hendriks");

        Assert.Equal(ExitCodes.Block, run.ExitCode);
        Assert.Contains("geen plaatsingsrecht (unauthorized) · blokkeren · ACCOUNT", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Protocolwacht_JsonlOnStandardInput_AnswersEveryLine()
    {
        var input = string.Join('\n', Enumerable.Range(1, 50).Select(i =>
            $$"""{"id":"p-{{i}}","text":"Bericht nummer {{i}} over de sportdag.","account":{"kind":"school","school":"kompas","channel":"facebook"},"author":"jeroen.vos"}""")) + "\n";

        var run = await RunAsync(input, "check", "--jsonl", "-");

        var lines = run.Output.TrimEnd('\n').Split('\n');
        Assert.Equal(50, lines.Length);
        Assert.StartsWith("""{"id":"p-50",""", lines[^1], StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
    }

    private static async Task<CliRun> RunAsync(string? standardInput, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetTempPath(),
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "protocolwacht.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(standardInput ?? string.Empty);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return new CliRun(process.ExitCode, await output, await error);
    }
}
