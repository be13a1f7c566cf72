namespace Protocolwacht.Cli.Commands;

/// <summary>
/// Says in Dutch why a file named on the command line could not be opened or read, naming the file. The runtime's
/// own message ("Could not find file …", "Access to the path … is denied") is English and says less.
/// </summary>
internal static class InputFileProblem
{
    public static string Describe(string path, Exception exception) => exception switch
    {
        _ when Directory.Exists(path) => $"'{path}' is een map, geen bestand; er is niets geïmporteerd.",
        FileNotFoundException or DirectoryNotFoundException => $"Het bestand '{path}' bestaat niet; er is niets geïmporteerd.",
        UnauthorizedAccessException => $"Protocolwacht mag het bestand '{path}' niet lezen (geen leesrechten); er is niets geïmporteerd.",
        _ => $"Het bestand '{path}' kan niet worden gelezen (het bestandssysteem gaf een fout, bijvoorbeeld een schijf of netwerkmap die wegviel); er is niets geïmporteerd.",
    };
}
