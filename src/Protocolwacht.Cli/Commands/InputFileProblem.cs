namespace Protocolwacht.Cli.Commands;

/// <summary>
/// Says in Dutch why a file named on the command line could not be opened or read, naming the file and what was
/// therefore not done. The runtime's own message ("Could not find file …", "Access to the path … is denied") is
/// English and says less; for an unexpected file-system error it is kept after "Technische details:".
/// </summary>
internal static class InputFileProblem
{
    public const string NothingImported = "er is niets geïmporteerd";

    /// <param name="consequence">What did not happen because of it, e.g. <see cref="NothingImported"/>.</param>
    public static string Describe(string path, Exception exception, string consequence = NothingImported)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            _ when Directory.Exists(path) => $"'{path}' is een map, geen bestand; {consequence}.",
            FileNotFoundException or DirectoryNotFoundException => $"Het bestand '{path}' bestaat niet; {consequence}.",
            UnauthorizedAccessException => $"Protocolwacht mag het bestand '{path}' niet lezen (geen leesrechten); {consequence}.",
            _ => $"Het bestand '{path}' kan niet worden gelezen (het bestandssysteem gaf een fout, bijvoorbeeld een schijf of netwerkmap die wegviel); {consequence}. Technische details: {exception.Message}",
        };
    }
}
