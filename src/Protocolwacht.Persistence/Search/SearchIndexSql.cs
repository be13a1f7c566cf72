using Microsoft.EntityFrameworkCore.Migrations;

namespace Protocolwacht.Persistence.Search;

/// <summary>
/// The full-text part of <c>archive_search</c>, which EF Core does not model. PostgreSQL: a generated
/// <c>tsvector</c> column over the text and its compound parts with the <c>dutch</c> configuration, and a GIN
/// index on it. SQLite: an FTS5 table over the Dutch stems the app computes (SQLite has no Dutch stemmer),
/// kept in step with the table by triggers, rowid = sequence. Called from the migrations.
/// </summary>
public static class SearchIndexSql
{
    public const string FtsTable = "archive_search_fts";

    public static void Create(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        if (migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL")
        {
            migrationBuilder.Sql("""
                ALTER TABLE archive_search ADD COLUMN document tsvector GENERATED ALWAYS AS
                    (to_tsvector('dutch'::regconfig, "Text") || to_tsvector('dutch'::regconfig, "Parts")) STORED;
                CREATE INDEX ix_archive_search_document ON archive_search USING GIN (document);
                """);
            return;
        }

        migrationBuilder.Sql($"CREATE VIRTUAL TABLE {FtsTable} USING fts5(terms, parts, tokenize = 'unicode61 remove_diacritics 2');");
        migrationBuilder.Sql($"""
            CREATE TRIGGER archive_search_fts_insert AFTER INSERT ON archive_search BEGIN
                INSERT INTO {FtsTable}(rowid, terms, parts) VALUES (NEW."Sequence", NEW."Terms", NEW."PartTerms");
            END;
            """);
        migrationBuilder.Sql($"""
            CREATE TRIGGER archive_search_fts_delete AFTER DELETE ON archive_search BEGIN
                DELETE FROM {FtsTable} WHERE rowid = OLD."Sequence";
            END;
            """);
    }

    public static void Drop(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        if (migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL")
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_archive_search_document; ALTER TABLE archive_search DROP COLUMN IF EXISTS document;");
            return;
        }

        migrationBuilder.Sql("DROP TRIGGER IF EXISTS archive_search_fts_insert;");
        migrationBuilder.Sql("DROP TRIGGER IF EXISTS archive_search_fts_delete;");
        migrationBuilder.Sql($"DROP TABLE IF EXISTS {FtsTable};");
    }
}
