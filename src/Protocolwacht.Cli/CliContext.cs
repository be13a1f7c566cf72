using System.CommandLine;
using System.Text;
using Protocolwacht.Cli.Organisation;

namespace Protocolwacht.Cli;

/// <summary>
/// Everything a command touches outside itself: where it writes, where <c>-</c> reads from, whether
/// colour is wanted, and where the organisation comes from. Commands get it at construction so that
/// tests run them in-process with string writers instead of the console.
/// </summary>
public sealed class CliContext(TextWriter output, TextWriter error, Func<TextReader> input, bool colour, OrganisationSource organisations)
{
    public TextWriter Out { get; } = output;
    public TextWriter Error { get; } = error;

    /// <summary>Opens standard input (or its stand-in); called only when a command reads <c>-</c>.</summary>
    public Func<TextReader> OpenInput { get; } = input;

    /// <summary>True when output goes to a terminal that wants ANSI colour; otherwise spans are marked with [[…]].</summary>
    public bool Colour { get; } = colour;

    public OrganisationSource Organisations { get; } = organisations;

    private readonly Localization.ParserTextWriter _parserOut = new(output);
    private readonly Localization.ParserTextWriter _parserError = new(error);

    /// <summary>The same writers for System.CommandLine's own output (help, parse errors), which they pass on in Dutch.</summary>
    public InvocationConfiguration Invocation => new() { Output = _parserOut, Error = _parserError };

    /// <summary>Writes out whatever is still buffered; the program calls it before it exits.</summary>
    public void Flush()
    {
        _parserOut.Flush();
        _parserError.Flush();
        Out.Flush();
    }

    public static CliContext FromConsole()
    {
        // NO_COLOR (no-color.org) lets a user turn colour off even on a terminal.
        var colour = !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        // A buffered writer instead of Console.Out, which flushes on every line: a batch writes one
        // line per post and would otherwise spend its time in write calls. Program flushes at exit.
        var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16);
        // Not Console.In: its decoder turns invalid UTF-8 into U+FFFD, and a batch must refuse such a line instead.
        return new CliContext(output, Console.Error, () => new Batch.Utf8LineReader(Console.OpenStandardInput()), colour, OrganisationSource.Default);
    }
}
