using System.Diagnostics;

namespace Protocolwacht.Web.Tests.Reliability;

/// <summary>
/// A small filesystem of a test's own (tmpfs, mounted at a fresh temporary folder; needs root, as ./test.sh runs),
/// which the test can fill to the last byte and free again, with files it can make read-only and writable again.
/// Disposing unmounts it.
/// </summary>
public sealed class SmallDisk : IDisposable
{
    private SmallDisk(string path)
    {
        Path = path;
    }

    public string Path { get; }

    private string Filler => System.IO.Path.Combine(Path, "filler.bin");

    public static SmallDisk Mount(int megabytes)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "protocolwacht-disk-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(path);
        Run("mount", "-t", "tmpfs", "-o", $"size={megabytes}m", "tmpfs", path);
        return new SmallDisk(path);
    }

    /// <summary>Writes a file until the filesystem has no byte left.</summary>
    public void Fill()
    {
        var block = new byte[64 * 1024];
        using var file = new FileStream(Filler, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.None);
        try
        {
            while (true)
            {
                file.Write(block);
            }
        }
        catch (IOException)
        {
            // ENOSPC: the disk is full now. Single bytes take up what a block did not.
        }

        try
        {
            while (true)
            {
                file.WriteByte(0);
            }
        }
        catch (IOException)
        {
            // Full to the last byte.
        }
    }

    public void Free() => File.Delete(Filler);

    /// <summary>
    /// Makes a file on the disk read-only for everyone, root included (the immutable attribute: root ignores
    /// permission bits). A file opened before keeps its access; SQLite opening it now falls back to read-only.
    /// </summary>
    public void MakeReadOnly(string file) => Run("chattr", "+i", System.IO.Path.Combine(Path, file));

    public void MakeWritable(string file) => Run("chattr", "-i", System.IO.Path.Combine(Path, file));

    public void Dispose()
    {
        // Lazy: a file the app still holds must not keep the mount (and its memory) alive.
        Run("umount", "-l", Path);
        Directory.Delete(Path);
    }

    private static void Run(string command, params string[] arguments)
    {
        var info = new ProcessStartInfo(command) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{command} did not start");
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{command} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error.Trim()} (this test mounts a small tmpfs and needs root, as ./test.sh has)");
        }
    }
}
