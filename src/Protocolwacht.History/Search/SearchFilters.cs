namespace Protocolwacht.History.Search;

/// <summary>
/// What a search is limited to. <see cref="VisibleSchools"/> is the reader's reach (null: the whole board, an
/// administrator; a director gets their own school) and is applied whatever else is asked. Dates are
/// Amsterdam calendar days, both inclusive.
/// </summary>
public sealed record SearchFilters
{
    public IReadOnlyCollection<string>? VisibleSchools { get; init; }
    public string? SchoolId { get; init; }
    public string? AccountId { get; init; }
    public string? AuthorId { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }

    /// <summary>allow, doubt or block.</summary>
    public string? Verdict { get; init; }

    /// <summary>A finding category of the check (e.g. privacy).</summary>
    public string? Category { get; init; }

    /// <summary>published or imported.</summary>
    public string? Source { get; init; }

    public int Limit { get; init; } = 50;

    /// <summary>Only results older than this one (the next page); null for the newest.</summary>
    public SearchCursor? Before { get; init; }
}
