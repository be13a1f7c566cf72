using System.Globalization;
using Protocolwacht.Fuzz;
using SharpFuzz;

// protocolwacht-fuzz TARGET                under afl-fuzz (scripts/fuzz.sh): SharpFuzz's persistent fork server
// protocolwacht-fuzz TARGET --replay PATH… runs files (or every file in folders) once, e.g. a crash AFL++ saved;
//                                          use an uninstrumented build (dotnet run --project fuzz/Protocolwacht.Fuzz -- …)
// protocolwacht-fuzz TARGET --short N SEED the short pass of ./test.sh, outside the tests (prints each failing input)
// protocolwacht-fuzz --list                 the target names
if (args is ["--list"])
{
    Console.WriteLine(string.Join('\n', FuzzTargets.Names));
    return 0;
}

if (args.Length == 0 || !FuzzTargets.Names.Contains(args[0]))
{
    Console.Error.WriteLine($"Gebruik: Protocolwacht.Fuzz DOEL [--replay PAD…]. Doelen: {string.Join(", ", FuzzTargets.Names)}.");
    return 1;
}

if (args is [var name, "--short", var count, var seed])
{
    var failures = ShortRun.Run(FuzzTargets.Create(name), Path.Combine("fuzz", "corpus", name), int.Parse(count, CultureInfo.InvariantCulture), int.Parse(seed, CultureInfo.InvariantCulture));
    foreach (var failure in failures.Take(20))
    {
        Console.WriteLine($"{Convert.ToBase64String(failure.Input)}\n  {failure.Exception.GetType().Name}: {failure.Exception.Message}\n  {failure.Exception.StackTrace?.Split('\n').FirstOrDefault()?.Trim()}");
    }

    Console.WriteLine($"{failures.Count} van {count} invoeren faalden");
    return failures.Count == 0 ? 0 : 1;
}

if (args.Length > 1 && args[1] == "--replay")
{
    return Replay.Run(FuzzTargets.Create(args[0]), args[2..]);
}

// Instrumented code may only run inside Fuzzer.Run (before it, SharpFuzz's trace map does not exist),
// so the target is made on the first input. Outside afl-fuzz this runs once on standard input.
IFuzzTarget? target = null;
Fuzzer.Run(stream =>
{
    target ??= FuzzTargets.Create(args[0]);
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    target.Run(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
});
return 0;
