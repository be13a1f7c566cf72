using Microsoft.EntityFrameworkCore.Migrations;

namespace Protocolwacht.Persistence.Archive;

/// <summary>
/// The database's own refusal to change history, for SQL that does not go through EF Core (a script, a
/// console, another tool): UPDATE and DELETE on the append-only tables raise an error on SQLite and
/// PostgreSQL, and archive content can only be deleted once a redaction record names it. Called from the
/// migrations, so regenerating a migration after a merge only needs the call put back.
/// </summary>
public static class AppendOnlyTriggers
{
    /// <summary>Tables whose rows are never updated nor deleted.</summary>
    public static IReadOnlyList<string> Tables { get; } = ["archive_records", "archive_tree_heads", "archive_signing_keys", "post_transitions"];

    public static void Create(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        if (IsPostgres(migrationBuilder))
        {
            migrationBuilder.Sql(PostgresFunctions);
            foreach (var table in Tables)
            {
                migrationBuilder.Sql($"""
                    CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} FOR EACH ROW EXECUTE FUNCTION protocolwacht_refuse_change();
                    CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} FOR EACH STATEMENT EXECUTE FUNCTION protocolwacht_refuse_change();
                    """);
            }

            migrationBuilder.Sql("""
                CREATE TRIGGER archive_contents_no_update BEFORE UPDATE ON archive_contents FOR EACH ROW EXECUTE FUNCTION protocolwacht_refuse_change();
                CREATE TRIGGER archive_contents_no_truncate BEFORE TRUNCATE ON archive_contents FOR EACH STATEMENT EXECUTE FUNCTION protocolwacht_refuse_change();
                CREATE TRIGGER archive_contents_delete_only_redacted BEFORE DELETE ON archive_contents FOR EACH ROW EXECUTE FUNCTION protocolwacht_refuse_unredacted_delete();
                """);
            return;
        }

        foreach (var table in Tables)
        {
            migrationBuilder.Sql($"""
                CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} BEGIN SELECT RAISE(ABORT, '{table} is append-only: UPDATE refused'); END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} BEGIN SELECT RAISE(ABORT, '{table} is append-only: DELETE refused'); END;
                """);
        }

        migrationBuilder.Sql("""
            CREATE TRIGGER archive_contents_no_update BEFORE UPDATE ON archive_contents BEGIN SELECT RAISE(ABORT, 'archive_contents is never changed: UPDATE refused'); END;
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER archive_contents_delete_only_redacted BEFORE DELETE ON archive_contents
            WHEN NOT EXISTS (SELECT 1 FROM archive_records WHERE "RedactsSequence" = OLD."Sequence")
            BEGIN SELECT RAISE(ABORT, 'archive_contents: DELETE refused without a redaction record'); END;
            """);
    }

    /// <summary>
    /// Refuses UPDATE and DELETE (and TRUNCATE on PostgreSQL) on one table added after the archive, such as
    /// <c>audit_log</c>: called by that table's migration.
    /// </summary>
    public static void CreateFor(MigrationBuilder migrationBuilder, string table)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        if (IsPostgres(migrationBuilder))
        {
            migrationBuilder.Sql(PostgresFunctions);
            migrationBuilder.Sql($"""
                CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} FOR EACH ROW EXECUTE FUNCTION protocolwacht_refuse_change();
                CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} FOR EACH STATEMENT EXECUTE FUNCTION protocolwacht_refuse_change();
                """);
            return;
        }

        migrationBuilder.Sql($"""
            CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} BEGIN SELECT RAISE(ABORT, '{table} is append-only: UPDATE refused'); END;
            """);
        migrationBuilder.Sql($"""
            CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} BEGIN SELECT RAISE(ABORT, '{table} is append-only: DELETE refused'); END;
            """);
    }

    /// <summary>Undoes <see cref="CreateFor"/>.</summary>
    public static void DropFor(MigrationBuilder migrationBuilder, string table)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql(IsPostgres(migrationBuilder)
            ? $"DROP TRIGGER IF EXISTS {table}_append_only ON {table}; DROP TRIGGER IF EXISTS {table}_no_truncate ON {table};"
            : $"DROP TRIGGER IF EXISTS {table}_no_update; DROP TRIGGER IF EXISTS {table}_no_delete;");
    }

    public static void Drop(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        var postgres = IsPostgres(migrationBuilder);
        foreach (var table in Tables)
        {
            migrationBuilder.Sql(postgres
                ? $"DROP TRIGGER IF EXISTS {table}_append_only ON {table}; DROP TRIGGER IF EXISTS {table}_no_truncate ON {table};"
                : $"DROP TRIGGER IF EXISTS {table}_no_update; DROP TRIGGER IF EXISTS {table}_no_delete;");
        }

        migrationBuilder.Sql(postgres
            ? "DROP TRIGGER IF EXISTS archive_contents_no_update ON archive_contents; DROP TRIGGER IF EXISTS archive_contents_no_truncate ON archive_contents; DROP TRIGGER IF EXISTS archive_contents_delete_only_redacted ON archive_contents; DROP FUNCTION IF EXISTS protocolwacht_refuse_change(); DROP FUNCTION IF EXISTS protocolwacht_refuse_unredacted_delete();"
            : "DROP TRIGGER IF EXISTS archive_contents_no_update; DROP TRIGGER IF EXISTS archive_contents_delete_only_redacted;");
    }

    private static bool IsPostgres(MigrationBuilder migrationBuilder) =>
        migrationBuilder.ActiveProvider?.Contains("Npgsql", StringComparison.Ordinal) == true;

    private const string PostgresFunctions = """
        CREATE OR REPLACE FUNCTION protocolwacht_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP;
        END $$;
        CREATE OR REPLACE FUNCTION protocolwacht_refuse_unredacted_delete() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF NOT EXISTS (SELECT 1 FROM archive_records WHERE "RedactsSequence" = OLD."Sequence") THEN
                RAISE EXCEPTION 'archive_contents: DELETE refused without a redaction record';
            END IF;
            RETURN OLD;
        END $$;
        """;
}
