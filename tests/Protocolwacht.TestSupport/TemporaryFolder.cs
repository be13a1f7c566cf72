namespace Protocolwacht.TestSupport;

/// <summary>
/// A folder of its own in the temp folder for one test, removed with everything in it when the test disposes it.
/// A test run made about a hundred folders a run that nobody removed (tests12); test.sh now fails a run that leaves
/// anything in its temp folder (scripts/temp-leftovers.sh).
/// </summary>
public sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder(string prefix = "protocolwacht-")
    {
        Path = Directory.CreateTempSubdirectory(prefix).FullName;
    }

    public string Path { get; }

    /// <summary>Writes <paramref name="content"/> to a file called <paramref name="name"/> in this folder and returns its path.</summary>
    public string File(string name, string content)
    {
        var path = System.IO.Path.Combine(Path, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    /// <summary>A path in this folder, for a file or folder the code under test is to create.</summary>
    public string PathOf(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Remove(Path);

    /// <summary>
    /// Removes <paramref name="folder"/> at the end of the test run (<see cref="TestRunEnd"/>, after the last test) and
    /// when the test process exits, if it is still there then: for folders that live as long as something the test may
    /// not dispose in time (a pooled app, stopped at the run's end; a data folder whose files were still held at
    /// dispose). Their owners still remove them when done.
    /// </summary>
    public static void RemoveAtExit(string folder)
    {
        lock (AtExit)
        {
            if (AtExit.Count == 0)
            {
                AppDomain.CurrentDomain.ProcessExit += (_, _) => RemoveRegistered();
            }

            AtExit.Add(folder);
        }
    }

    private static readonly HashSet<string> AtExit = new(StringComparer.Ordinal);

    /// <summary>Removes every folder registered with <see cref="RemoveAtExit"/> (at the run's end, and again at the process's exit).</summary>
    internal static void RemoveRegistered()
    {
        string[] folders;
        lock (AtExit)
        {
            folders = [.. AtExit];
        }

        foreach (var folder in folders)
        {
            Remove(folder);
        }
    }

    /// <summary>Removes a folder and what is in it; a file a process still holds for a moment is not the test's failure.</summary>
    public static void Remove(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left behind; test.sh's check of the temp folder names it.
        }
    }
}
