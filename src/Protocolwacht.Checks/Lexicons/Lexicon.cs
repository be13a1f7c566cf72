namespace Protocolwacht.Checks.Lexicons;

/// <summary>
/// A compiled lexicon file. Columns (tab-separated): pattern, tag, requires (groups separated by ';'),
/// unless. Immutable after construction; safe to share between threads. A check normally finds the
/// matches of all lexicons in one pass through the combined <see cref="LexiconIndex"/> of
/// <see cref="CheckResources"/>; <see cref="FindAll(IReadOnlyList{Normalisation.Token})"/> is for
/// the occasional extra text (attachment descriptions, the message replied to).
/// </summary>
internal sealed class Lexicon
{
    private readonly Lazy<LexiconIndex> _index;

    public Lexicon(string name, int id, IEnumerable<string[]> rows)
    {
        Name = name;
        Id = id;
        var entries = new List<LexiconEntry>();
        foreach (var fields in rows)
        {
            if (ParseEntry(fields) is { } entry)
            {
                entries.Add(entry with { LexiconId = id });
            }
        }

        Entries = entries;
        _index = new Lazy<LexiconIndex>(() => new LexiconIndex([this]));
    }

    public string Name { get; }

    /// <summary>Position of this lexicon in the combined index; also the slot of its matches in a check.</summary>
    public int Id { get; }

    public IReadOnlyList<LexiconEntry> Entries { get; }

    public int Count => Entries.Count;

    public static LexiconEntry? ParseEntry(string[] fields)
    {
        if (fields.Length == 0 || string.IsNullOrWhiteSpace(fields[0]))
        {
            return null;
        }

        var pattern = fields[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Term.Parse).ToArray();
        if (pattern.Length == 0 || pattern[0].Gap > 0)
        {
            return null;
        }

        var tag = fields.Length > 1 ? fields[1].Trim() : string.Empty;
        var requires = fields.Length > 2 && fields[2].Trim().Length > 0
            ? fields[2].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Term.Parse).ToArray()
            : [];
        // The unless column: a group starting with '=' counts next to the match only, a group without it in the whole
        // sentence; one of each at most, separated by ';' (the lexicon linter rejects more).
        Term? unless = null;
        Term? near = null;
        var unlessText = fields.Length > 3 ? fields[3].Trim() : string.Empty;
        foreach (var group in unlessText.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (group.StartsWith('='))
            {
                near = group.Length > 1 ? Term.Parse(group[1..]) : near;
            }
            else
            {
                unless = Term.Parse(group);
            }
        }

        return new LexiconEntry(fields[0], pattern, tag, requires, unless, near) { Conditions = string.Join('\t', fields.Skip(2)).Trim() };
    }

    public List<LexiconMatch> FindAll(IReadOnlyList<Normalisation.Token> tokens)
    {
        var slots = new List<LexiconMatch>[Id + 1];
        slots[Id] = [];
        ReadOnlySpan<Normalisation.Token> span = tokens is List<Normalisation.Token> list ? System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list) : [.. tokens];
        _index.Value.FindAll(span, _index.Value.Classify(span), slots);
        return slots[Id];
    }
}
