using System.Diagnostics;
using System.Globalization;
using Protocolwacht.Load;

// dotnet run --project bench/Protocolwacht.Load -c Release -- [--database Sqlite|Postgres] [--postgres CONNSTR]
//     [--users 200] [--duration 60] [--warmup 15] [--directors 20] [--calendar] [--seed-posts N]
// Starts the app from its Release build, signs the demo staff in (several sessions per person: the demo organisation
// has 7 authors and 3 directors), runs the mix of Mix.cs for the warm-up and then for the measured window, and prints
// errors and latency percentiles per kind of request as a Markdown table. Exit code 1 when any request failed.
// --calendar: authors browse the calendar (week or month) instead of the start page and their posts (Mix.cs).
// --seed-posts N: before the warm-up, the authors' first sessions publish N posts between them (Mix.SeedAsync), so the
// calendar's week and month hold more than its 500-post limit; not measured.
var options = args.Select((a, i) => (a, i)).Where(x => x.a.StartsWith("--", StringComparison.Ordinal))
    .ToDictionary(x => x.a[2..], x => x.i + 1 < args.Length ? args[x.i + 1] : "", StringComparer.Ordinal);
string Option(string name, string fallback) => options.TryGetValue(name, out var value) ? value : fallback;
var database = Option("database", "Sqlite");
var users = int.Parse(Option("users", "200"), CultureInfo.InvariantCulture);
var directorsCount = int.Parse(Option("directors", "20"), CultureInfo.InvariantCulture);
var duration = TimeSpan.FromSeconds(int.Parse(Option("duration", "60"), CultureInfo.InvariantCulture));
var warmup = TimeSpan.FromSeconds(int.Parse(Option("warmup", "15"), CultureInfo.InvariantCulture));
var calendar = options.ContainsKey("calendar");
var seedPosts = int.Parse(Option("seed-posts", "0"), CultureInfo.InvariantCulture);
const string password = "Konot-demo-2026"; // the demo password in Development (appsettings.Development.json)

(string Staff, string Account)[] authors =
[
    ("tom.hendriks", "regenboog-x"), ("fatima.yilmaz", "regenboog-x"), ("bas.meijer", "regenboog-facebook"), ("eva.degroot", "regenboog-x"),
    ("jeroen.vos", "kompas-facebook"), ("noor.peters", "kompas-facebook"), ("kees.dekker", "kompas-facebook"),
    ("linda.koster", "sintjozef-mastodon"), ("mark.willems", "sintjozef-x"),
];
string[] directors = ["karin.mulder", "youssef.bakker", "ingrid.smit"];

var root = FindRepositoryRoot();
Console.WriteLine($"Starting the app (Release, {database}) …");
await using var app = await AppProcess.StartAsync(root, database, options.GetValueOrDefault("postgres"));
var recorder = new Recorder();
Console.WriteLine($"The app's log: {app.LogFile}");

// Sign in and acknowledge the protocol before the clock starts: sign-in hashes a password (PBKDF2), which is not the mix.
var sessions = new List<(Session Session, int Index)>();
using (var gate = new SemaphoreSlim(8))
{
    var signIns = Enumerable.Range(0, users).Select(async i =>
    {
        await gate.WaitAsync();
        try
        {
            var session = new Session(app.BaseUrl, recorder);
            var staff = i < directorsCount ? directors[i % directors.Length] : authors[i % authors.Length].Staff;
            if (!await session.SignInAsync(staff, password))
            {
                throw new InvalidOperationException($"Sign-in of {staff} failed.");
            }

            if (i < directorsCount + authors.Length)
            {
                var page = await session.GetAsync("protocol", "/protocol");
                var version = System.Text.RegularExpressions.Regex.Match(page ?? "", "name=\"VersionNumber\" value=\"(\\d+)\"").Groups[1].Value;
                await session.PostFormAsync("acknowledge", "/protocol?handler=Acknowledge", new() { ["Understood"] = "true", ["VersionNumber"] = version });
            }

            lock (sessions)
            {
                sessions.Add((session, i));
            }
        }
        finally
        {
            gate.Release();
        }
    });
    await Task.WhenAll(signIns);
}

if (seedPosts > 0)
{
    var seeders = sessions.Where(s => s.Index >= directorsCount).OrderBy(s => s.Index).Take(authors.Length).ToList(); // the ones that acknowledged the protocol
    var seeding = Stopwatch.StartNew();
    await Task.WhenAll(seeders.Select((s, n) => Mix.SeedAsync(s.Session, authors[s.Index % authors.Length].Account, (seedPosts / seeders.Count) + (n < seedPosts % seeders.Count ? 1 : 0), new Random(n))));
    Console.WriteLine($"{seedPosts} posts published before the mix in {seeding.Elapsed.TotalSeconds:F0} s.");
}

Console.WriteLine($"{sessions.Count} sessions signed in; warm-up {warmup.TotalSeconds} s, then {duration.TotalSeconds} s measured.");
var clock = Stopwatch.StartNew();
var end = warmup + duration;
bool Running() => clock.Elapsed < end;
var loops = sessions.Select(s => Task.Run(() =>
{
    var random = new Random(s.Index);
    return s.Index < directorsCount
        ? Mix.DirectorAsync(s.Session, Running, random, calendar)
        : Mix.AuthorAsync(s.Session, authors[s.Index % authors.Length].Account, Running, random, calendar);
})).ToList();
await Task.Delay(warmup);
recorder.Measuring = true;
var measured = Stopwatch.StartNew();
await Task.Delay(duration);
recorder.Measuring = false;
var window = measured.Elapsed;
await Task.WhenAll(loops);

Console.WriteLine();
Console.WriteLine($"{users} users ({directorsCount} directors){(calendar ? ", calendar mix" : string.Empty)}{(seedPosts > 0 ? $", {seedPosts} posts published before" : string.Empty)}, {database}, {window.TotalSeconds:F0} s measured after {warmup.TotalSeconds:F0} s warm-up, {Environment.ProcessorCount} cores");
Console.WriteLine(recorder.Report(window));
Console.WriteLine($"errors: {recorder.TotalErrors}");
foreach (var (session, _) in sessions)
{
    session.Dispose();
}

return recorder.TotalErrors == 0 ? 0 : 1;

static string FindRepositoryRoot()
{
    var directory = new DirectoryInfo(AppContext.BaseDirectory);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Protocolwacht.slnx")))
    {
        directory = directory.Parent;
    }

    return directory?.FullName ?? throw new InvalidOperationException("Run from inside the repository.");
}
