using Microsoft.EntityFrameworkCore.Migrations;
using Protocolwacht.Persistence.Privacy;

namespace Protocolwacht.Persistence.Archive;

/// <summary>
/// Rewrites the texts of the database's refusals to change history (<see cref="AppendOnlyTriggers"/>,
/// <see cref="AuditRetentionTriggers"/>, <see cref="PostTransitionRedactionTriggers"/>) without changing what they
/// refuse: the same triggers, names and conditions, a different sentence. The first triggers said it in English
/// ("archive_records is append-only: UPDATE refused"), and that text reached users through the CLI's "Technische
/// details" and the web's job log; the migration that calls <see cref="UseDutch"/> makes them Dutch, its Down puts
/// the English back. The applied migrations keep calling the old helpers unchanged; a later migration that calls
/// <see cref="AppendOnlyTriggers.CreateFor"/> replaces PostgreSQL's shared function with its English text again and
/// must call <see cref="UseDutch"/> after it (HistoryRefusalTextTests fails otherwise). Likewise a later migration that
/// calls <see cref="UseDutch"/> writes SQLite's redaction trigger with the condition from before the reason codes and must
/// call <see cref="PostTransitionRedactionTriggers.PinReasonCodes"/> after it.
/// </summary>
public static class HistoryRefusalTriggers
{
    /// <summary>Tables whose plain no-update and no-delete triggers (SQLite) carry the generic text.</summary>
    private static readonly string[] PlainTables =
        ["archive_records", "archive_tree_heads", "archive_signing_keys", "audit_log_cuts", "post_transition_redactions"];

    public static void UseDutch(MigrationBuilder migrationBuilder) => Write(migrationBuilder, HistoryRefusalWording.Dutch);

    public static void UseEnglish(MigrationBuilder migrationBuilder) => Write(migrationBuilder, HistoryRefusalWording.English);

    private static void Write(MigrationBuilder migrationBuilder, HistoryRefusalWording wording)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        if (migrationBuilder.ActiveProvider?.Contains("Npgsql", StringComparison.Ordinal) == true)
        {
            WritePostgres(migrationBuilder, wording);
            return;
        }

        foreach (var table in PlainTables)
        {
            Replace(migrationBuilder, $"{table}_no_update", $"BEFORE UPDATE ON {table}", wording.Refused(table, "UPDATE"));
            Replace(migrationBuilder, $"{table}_no_delete", $"BEFORE DELETE ON {table}", wording.Refused(table, "DELETE"));
        }

        Replace(migrationBuilder, "post_transitions_no_delete", "BEFORE DELETE ON post_transitions", wording.Refused("post_transitions", "DELETE"));
        Replace(migrationBuilder, "audit_log_no_update", "BEFORE UPDATE ON audit_log", wording.Refused("audit_log", "UPDATE"));
        Replace(migrationBuilder, "archive_contents_no_update", "BEFORE UPDATE ON archive_contents", wording.ContentsChanged);
        Replace(migrationBuilder, "archive_contents_delete_only_redacted",
            """BEFORE DELETE ON archive_contents WHEN NOT EXISTS (SELECT 1 FROM archive_records WHERE "RedactsSequence" = OLD."Sequence")""",
            wording.ContentsRemovedUnredacted);
        Replace(migrationBuilder, "audit_log_delete_only_cut", $"BEFORE DELETE ON audit_log WHEN NOT {AuditRetentionTriggers.Covered}", wording.AuditRemovedUncut);
        Replace(migrationBuilder, "post_transitions_update_only_redacted",
            $"BEFORE UPDATE ON post_transitions WHEN {PostTransitionRedactionTriggers.SqliteRefused}", wording.StepChangedUnredacted);
    }

    // SQLite cannot alter a trigger: drop it and create it again with the same name and condition.
    private static void Replace(MigrationBuilder migrationBuilder, string name, string when, string message)
    {
        migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {name};");
        migrationBuilder.Sql($"CREATE TRIGGER {name} {when} BEGIN SELECT RAISE(ABORT, '{message}'); END;");
    }

    // On PostgreSQL the triggers call shared functions: replacing the functions changes every text at once.
    private static void WritePostgres(MigrationBuilder migrationBuilder, HistoryRefusalWording wording) => migrationBuilder.Sql($"""
        CREATE OR REPLACE FUNCTION protocolwacht_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            {wording.PostgresRefusedRaise}
        END $$;
        CREATE OR REPLACE FUNCTION protocolwacht_refuse_unredacted_delete() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF NOT EXISTS (SELECT 1 FROM archive_records WHERE "RedactsSequence" = OLD."Sequence") THEN
                RAISE EXCEPTION '{wording.ContentsRemovedUnredacted}';
            END IF;
            RETURN OLD;
        END $$;
        CREATE OR REPLACE FUNCTION protocolwacht_refuse_uncut_audit_delete() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF NOT {AuditRetentionTriggers.Covered} THEN
                RAISE EXCEPTION '{wording.AuditRemovedUncut}';
            END IF;
            RETURN OLD;
        END $$;
        CREATE OR REPLACE FUNCTION protocolwacht_refuse_unredacted_transition_update() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF {PostTransitionRedactionTriggers.PostgresRefused} THEN
                RAISE EXCEPTION '{wording.StepChangedUnredacted}';
            END IF;
            RETURN NEW;
        END $$;
        """);
}
