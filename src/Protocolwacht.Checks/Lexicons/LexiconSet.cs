namespace Protocolwacht.Checks.Lexicons;

/// <summary>
/// The eleven lexicons and their combined index, compiled once and shared by every checker. They do not
/// depend on the organisation, so a checker rebuilt for a changed roster (the web app does that at each
/// workflow step) reuses them. An administrator's extra folder still counts without a restart: the set
/// is compiled again when a file in that folder has changed. Immutable and thread-safe.
/// </summary>
internal sealed class LexiconSet
{
    private static readonly Lock Gate = new();
    private static (string Key, LexiconSet Set)? _cached;

    private LexiconSet(string? extraFolder)
    {
        Profanity = Load("profanity", 0, extraFolder);
        Slang = Load("slang", 1, extraFolder);
        Confidential = Load("confidential", 2, extraFolder);
        Quotes = Load("quotes", 3, extraFolder);
        Sources = Load("sources", 4, extraFolder);
        Sensitive = Load("sensitive", 5, extraFolder);
        Harmful = Load("harmful", 6, extraFolder);
        Discussion = Load("discussion", 7, extraFolder);
        Capacity = Load("capacity", 8, extraFolder);
        Copyright = Load("copyright", 9, extraFolder);
        Topics = Load("topics", 10, extraFolder);
        All = [Profanity, Slang, Confidential, Quotes, Sources, Sensitive, Harmful, Discussion, Capacity, Copyright, Topics];
        Index = new LexiconIndex(All);
    }

    public Lexicon Profanity { get; }
    public Lexicon Slang { get; }
    public Lexicon Confidential { get; }
    public Lexicon Quotes { get; }
    public Lexicon Sources { get; }
    public Lexicon Sensitive { get; }
    public Lexicon Harmful { get; }
    public Lexicon Discussion { get; }
    public Lexicon Capacity { get; }
    public Lexicon Copyright { get; }
    public Lexicon Topics { get; }

    /// <summary>All lexicons, in <see cref="Lexicon.Id"/> order.</summary>
    public Lexicon[] All { get; }

    /// <summary>One index over all lexicons: a check walks each word once.</summary>
    public LexiconIndex Index { get; }

    public static LexiconSet For(string? extraFolder)
    {
        var key = KeyOf(extraFolder);
        lock (Gate)
        {
            if (_cached is { } cached && cached.Key == key)
            {
                return cached.Set;
            }

            var set = new LexiconSet(extraFolder);
            _cached = (key, set);
            return set;
        }
    }

    // The folder and the files in it with their sizes and times: any edit gives another key.
    private static string KeyOf(string? extraFolder)
    {
        if (string.IsNullOrEmpty(extraFolder) || !Directory.Exists(extraFolder))
        {
            return "(built-in)";
        }

        var files = new DirectoryInfo(extraFolder).GetFiles("*.tsv").OrderBy(f => f.Name, StringComparer.Ordinal)
            .Select(f => $"{f.Name}:{f.Length}:{f.LastWriteTimeUtc.Ticks}");
        return extraFolder + "|" + string.Join("|", files);
    }

    private static Lexicon Load(string name, int id, string? extraFolder)
    {
        var rows = DataFiles.ReadEmbeddedTsv($"Lexicons.{name}.tsv").Concat(DataFiles.ReadExtraTsv(extraFolder, name + ".tsv"));
        return new Lexicon(name, id, rows);
    }
}
