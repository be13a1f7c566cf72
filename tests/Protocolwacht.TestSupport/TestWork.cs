using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;

namespace Protocolwacht.TestSupport;

/// <summary>
/// Counts the expensive things a test class makes (app starts, databases, mail servers, browser pages), per class, when
/// the environment variable <see cref="EnvironmentVariable"/> names a file: at the run's end (<see cref="TestRunEnd"/>)
/// the counts are added to that file as tab-separated lines (class, what, count). Wall time on a shared machine says
/// whose turn it was; these counts say what a class costs. Off (one null check) when the variable is not set.
/// <para>
/// The class is the test class xUnit is running in this flow (<see cref="CountFor"/>, told by
/// <see cref="CleanExitTestFramework"/> before it makes the class's fixtures and runs its tests), so a class fixture's
/// work after its first await and a helper of another class count for the class that used them; a collection fixture's
/// count for its collection ("(collection Browser)"). Without that framework it is the first test class on the stack
/// when the work is counted (a type whose name ends in "Tests" in an assembly whose name does, or the type an async
/// state machine or lambda of it is nested in), else a fixture or helper of a test project, else "(unknown)".
/// </para>
/// <para>
/// Writing the file never fails the run's end: the web and browser test processes may append at once, so the lines are
/// appended in one write with the file shared, tried a few times, and a failure is only reported on standard error
/// (<see cref="TestRunEnd"/> must still stop the private PostgreSQL after the stoppers).
/// </para>
/// </summary>
public static class TestWork
{
    public const string EnvironmentVariable = "PROTOCOLWACHT_TEST_WORK";

    private static readonly string? File = Environment.GetEnvironmentVariable(EnvironmentVariable);
    private static readonly ConcurrentDictionary<(string Class, string What), int> Counts = new();

    // Set in the flow that runs a collection or a class (an async method of the framework, so it flows down into the
    // fixtures and tests it starts, never back up or to another class running beside it).
    private static readonly AsyncLocal<string?> RunningClass = new();

    static TestWork()
    {
        if (File is not null)
        {
            TestRunEnd.Register(WriteAsync);
        }
    }

    /// <summary>Counts one <paramref name="what"/> for the test class that asked for it.</summary>
    public static void Count(string what)
    {
        if (File is null)
        {
            return;
        }

        Counts.AddOrUpdate((CountedFor(), what), 1, (_, n) => n + 1);
    }

    /// <summary>What <see cref="Count"/> would count for here: the running class, or the stack's.</summary>
    public static string CountedFor() => RunningClass.Value ?? TestClassOnTheStack() ?? "(unknown)";

    /// <summary>From here on in this flow (an async method's, and what it calls), count for <paramref name="testClass"/>.</summary>
    internal static void CountFor(string testClass) => RunningClass.Value = testClass;

    // The test class (by this repository's convention its name ends in "Tests"); a fixture or helper of a test project
    // (a browser fixture starting its app, the app pool) when no test class is on the stack.
    private static string? TestClassOnTheStack()
    {
        Type? helper = null;
        foreach (var frame in new StackTrace(2, false).GetFrames())
        {
            var type = OuterType(frame.GetMethod()?.DeclaringType);
            if (type?.Assembly.GetName().Name?.EndsWith(".Tests", StringComparison.Ordinal) != true)
            {
                continue;
            }

            if (type.Name.EndsWith("Tests", StringComparison.Ordinal))
            {
                return type.FullName;
            }

            helper ??= type;
        }

        return helper?.FullName;
    }

    // An async method's body runs in a state machine nested in its class, a lambda's in a closure class; both have names
    // no C# type can have ("<Test>d__5", "<>c__DisplayClass8_0").
    private static Type? OuterType(Type? type)
    {
        while (type?.DeclaringType is not null && type.Name.StartsWith('<'))
        {
            type = type.DeclaringType;
        }

        return type;
    }

    private static async Task WriteAsync()
    {
        var lines = new StringBuilder();
        foreach (var ((testClass, what), count) in Counts.OrderBy(c => c.Key.Class, StringComparer.Ordinal).ThenBy(c => c.Key.What, StringComparer.Ordinal))
        {
            lines.Append(testClass).Append('\t').Append(what).Append('\t').Append(count).Append('\n');
        }

        var bytes = Encoding.UTF8.GetBytes(lines.ToString());
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await AppendAsync(bytes);
                Counts.Clear();
                return;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                if (attempt == 5)
                {
                    await Console.Error.WriteLineAsync($"TestWork: the counts could not be added to {File}: {ex.Message}");
                    return;
                }

                await Task.Delay(100 * attempt);
            }
        }
    }

    // One write to a file opened for appending and shared: another test process appending at the same moment neither
    // fails this one nor interleaves with its lines.
    private static async Task AppendAsync(byte[] bytes)
    {
        await using var stream = new FileStream(File!, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
        await stream.WriteAsync(bytes);
    }
}
