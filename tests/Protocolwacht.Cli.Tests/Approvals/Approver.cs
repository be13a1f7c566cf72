using System.Runtime.CompilerServices;

namespace Protocolwacht.Cli.Tests.Approvals;

/// <summary>
/// Compares output with a committed <c>*.approved.*</c> file beside this source file, so a change to the
/// batch JSON or the CLI's wording shows up in the diff of that file. On a mismatch the actual output is
/// written as <c>*.received.*</c> next to it; to accept a deliberate change, run the tests with
/// PROTOCOLWACHT_APPROVE=1 (it overwrites the approved file) and review the diff before committing.
/// </summary>
internal static class Approver
{
    public static string Folder([CallerFilePath] string source = "") => Path.GetDirectoryName(source)!;

    public static void Verify(string actual, string approvedName)
    {
        var approvedPath = Path.Combine(Folder(), approvedName);
        var receivedPath = approvedPath.Replace(".approved.", ".received.", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("PROTOCOLWACHT_APPROVE") == "1")
        {
            File.WriteAllText(approvedPath, actual);
        }

        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath) : null;
        if (approved == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual);
        Assert.Fail($"Output differs from {approvedPath}; see {receivedPath}. Accept a deliberate change with PROTOCOLWACHT_APPROVE=1.");
    }
}
