namespace Protocolwacht.TestSupport;

/// <summary>Finds the repository (the folder holding Protocolwacht.slnx) from wherever the tests run.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    /// <summary>The shared folder beside the repository (protocol, spec, corpus).</summary>
    public static string Shared => System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, "..", "shared"));

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Protocolwacht.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Protocolwacht.slnx not found above " + AppContext.BaseDirectory);
    }
}
