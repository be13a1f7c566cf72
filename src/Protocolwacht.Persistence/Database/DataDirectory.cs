namespace Protocolwacht.Persistence.Database;

/// <summary>
/// Makes the app's data folder (the SQLite database, the key ring) when it is not there yet, or says in Dutch why it
/// cannot be made, naming the folder and what is in the way. The runtime's own message for a path under a file is
/// "Could not find a part of the path", which sends the administrator looking for a missing folder instead of the file
/// in the way; a read-only parent gives "Access to the path is denied" without saying which folder refused.
/// </summary>
public static class DataDirectory
{
    /// <summary>Creates <paramref name="path"/> (and its parents) or throws a <see cref="DatabaseSettingsException"/> saying why not.</summary>
    public static void Create(string path)
    {
        try
        {
            Directory.CreateDirectory(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DatabaseSettingsException(WhyNot(path, ex), ex);
        }
    }

    /// <summary>The Dutch reason <paramref name="path"/> could not be created after <paramref name="exception"/>.</summary>
    public static string WhyNot(string path, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var full = Path.GetFullPath(path);
        const string Choose = "Maak de map zelf aan of kies een andere met Database:DataDirectory (in de app) of --data-dir (op de opdrachtregel). Er is niets gewijzigd.";
        if (FileInTheWay(full) is { } file)
        {
            return $"De datamap '{full}' kan niet worden gemaakt: '{file}' is een bestand, geen map. {Choose}";
        }

        var parent = ExistingParent(full);
        return exception switch
        {
            UnauthorizedAccessException => $"De datamap '{full}' kan niet worden gemaakt: Protocolwacht mag niet schrijven in '{parent}' (alleen-lezen of van een andere gebruiker). {Choose}",
            _ when exception.HResult == DiskFullHResult => $"De datamap '{full}' kan niet worden gemaakt: de schijf van '{parent}' is vol. {Choose}",
            _ => $"De datamap '{full}' kan niet worden gemaakt in '{parent}' (het bestandssysteem weigerde; is het alleen-lezen aangekoppeld?). {Choose} Technische details: {exception.Message}",
        };
    }

    // ENOSPC as .NET reports it on Unix (the errno in the low bits of an IOException's HResult).
    private const int DiskFullHResult = 28;

    /// <summary>The nearest part of the path that exists as a file, where a folder was meant to be.</summary>
    private static string? FileInTheWay(string full)
    {
        for (var part = full; !string.IsNullOrEmpty(part); part = Path.GetDirectoryName(part))
        {
            if (File.Exists(part))
            {
                return part;
            }
        }

        return null;
    }

    private static string ExistingParent(string full)
    {
        for (var part = Path.GetDirectoryName(full); !string.IsNullOrEmpty(part); part = Path.GetDirectoryName(part))
        {
            if (Directory.Exists(part))
            {
                return part;
            }
        }

        return Path.GetPathRoot(full) ?? full;
    }
}
