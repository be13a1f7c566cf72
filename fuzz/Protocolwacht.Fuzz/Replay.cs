namespace Protocolwacht.Fuzz;

/// <summary>Runs saved inputs once each, outside AFL++, and prints what each did: to reproduce a crash or check a corpus.</summary>
internal static class Replay
{
    public static int Run(IFuzzTarget target, IEnumerable<string> paths)
    {
        var failed = 0;
        var files = paths.SelectMany<string, string>(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal) : [p]).ToList();
        foreach (var file in files)
        {
            try
            {
                target.Run(File.ReadAllBytes(file));
            }
#pragma warning disable CA1031 // Reporting every failing input, whatever it throws, is the point of a replay.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                failed++;
                Console.WriteLine($"{file}: {ex}");
            }
        }

        Console.WriteLine($"{failed} van {files.Count} invoerbestanden faalden");
        return failed == 0 ? 0 : 1;
    }
}
