namespace Protocolwacht.Cli.Batch;

/// <summary>
/// How a batch line longer than <see cref="MaxBytes"/> reaches the runner: <see cref="Utf8LineReader"/> skips its bytes
/// up to the next newline and returns <see cref="Line"/> in its place, a lone low surrogate that no valid UTF-8 decodes
/// to (like <see cref="InvalidUtf8.Line"/>). Before, the reader kept growing one buffer for the line, so a file without
/// newlines (a binary or a database dump given by mistake) ended the batch with an out-of-memory crash and no answers.
/// </summary>
internal static class OverlongLine
{
    /// <summary>One mebibyte: a post is at most 10,000 characters (40 KB of UTF-8), with its reply and attachments far below this.</summary>
    public const int MaxBytes = 1 << 20;

    public static readonly string Line = "\uDFFE";

    public const string Error = "de regel is te lang (meer dan 1 MiB) en is niet gelezen; een bericht heeft hooguit 10.000 tekens. Staat er een regeleinde tussen de berichten?";

    public static bool Is(string line) => line == Line;
}
