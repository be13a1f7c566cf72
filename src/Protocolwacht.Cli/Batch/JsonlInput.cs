namespace Protocolwacht.Cli.Batch;

/// <summary>
/// Opens a JSONL argument: a file path, or <c>-</c> for standard input. A file is read with
/// <see cref="Utf8LineReader"/>, so a line with invalid UTF-8 can be refused by number.
/// </summary>
internal static class JsonlInput
{
    public const string StandardInput = "-";

    /// <returns>A reader, or null with a Dutch <paramref name="error"/> when the file cannot be opened.</returns>
    public static TextReader? Open(string path, CliContext cli, out string? error)
    {
        error = null;
        if (path == StandardInput)
        {
            return cli.OpenInput();
        }

        try
        {
            return new Utf8LineReader(File.OpenRead(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error = Commands.InputFileProblem.Describe(Path.GetFullPath(path), ex, "er is niets gecontroleerd");
            return null;
        }
    }
}
