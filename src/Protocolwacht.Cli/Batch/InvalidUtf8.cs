namespace Protocolwacht.Cli.Batch;

/// <summary>
/// How a batch line with invalid UTF-8 reaches the runner: <see cref="Utf8LineReader"/> returns
/// <see cref="Line"/> in its place, a lone low surrogate that no valid UTF-8 decodes to. A post whose
/// bytes cannot be read must be refused by line number, not checked as if it said something else
/// (which is what decoding with U+FFFD would do).
/// </summary>
internal static class InvalidUtf8
{
    public static readonly string Line = "\uDFFF";

    public static bool Is(string line) => line == Line;
}
