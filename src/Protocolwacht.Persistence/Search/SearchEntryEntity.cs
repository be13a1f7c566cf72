namespace Protocolwacht.Persistence.Search;

/// <summary>
/// One searchable archive record (<c>archive_search</c>). Derived from the archive, not part of it: rows are
/// added with their record, removed when a redaction removes the record's content, and the whole table can be
/// rebuilt from the archive. <see cref="Text"/> is the original text (for display and highlighting);
/// <see cref="Parts"/> the compound parts of its words, so "wedstrijd" finds "voetbalwedstrijden".
/// <see cref="Terms"/> and <see cref="PartTerms"/> are the Dutch stems of both, filled only on SQLite, whose
/// FTS5 table (<c>archive_search_fts</c>) indexes them; PostgreSQL stems with its own <c>dutch</c> configuration
/// into a generated <c>document</c> column (<see cref="SearchIndexSql"/>).
/// </summary>
public class SearchEntryEntity
{
    public long Sequence { get; set; }

    /// <summary><see cref="SearchSources.Published"/> or <see cref="SearchSources.Imported"/>.</summary>
    public string Source { get; set; } = string.Empty;
    public string AccountId { get; set; } = string.Empty;
    public string? SchoolId { get; set; }
    public string? AuthorId { get; set; }

    /// <summary>When the post appeared on the platform (UTC).</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>allow, doubt or block.</summary>
    public string Verdict { get; set; } = string.Empty;

    /// <summary>The check's finding categories, each between bars (<c>|privacy|harmful|</c>), so one LIKE finds one.</summary>
    public string Categories { get; set; } = "|";
    public string? Url { get; set; }
    public string Text { get; set; } = string.Empty;
    public string Parts { get; set; } = string.Empty;
    public string Terms { get; set; } = string.Empty;
    public string PartTerms { get; set; } = string.Empty;
}

public static class SearchSources
{
    public const string Published = "published";
    public const string Imported = "imported";
}
