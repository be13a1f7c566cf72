using Microsoft.EntityFrameworkCore.Migrations;
using Protocolwacht.Persistence.Archive;

namespace Protocolwacht.Persistence.Privacy;

/// <summary>
/// Opens <c>post_transitions</c> just wide enough for an erasure: an UPDATE passes only when a
/// <c>post_transition_redactions</c> row names the step and nothing but <c>Reason</c> changes; DELETE stays
/// refused, and the redaction rows are append-only themselves. Called from the migration, so regenerating it
/// after a merge only needs the calls put back.
/// </summary>
public static class PostTransitionRedactionTriggers
{
    private const string Redacted = """
        EXISTS (SELECT 1 FROM post_transition_redactions r WHERE r."PostId" = OLD."PostId" AND r."Sequence" = OLD."Sequence")
        """;

    /// <summary>When PostgreSQL refuses an UPDATE of a step: no redaction record names it, or more than its text changes.</summary>
    internal const string PostgresRefused = $"""
        NOT {Redacted}
                       OR (NEW."PostId", NEW."Sequence", NEW."Action", NEW."From", NEW."To", NEW."ActorId", NEW."At")
                          IS DISTINCT FROM (OLD."PostId", OLD."Sequence", OLD."Action", OLD."From", OLD."To", OLD."ActorId", OLD."At")
        """;

    /// <summary>The same condition for SQLite, which has no row comparison.</summary>
    internal const string SqliteRefused = $"""
        NOT {Redacted}
              OR NEW."PostId" IS NOT OLD."PostId" OR NEW."Sequence" IS NOT OLD."Sequence" OR NEW."Action" IS NOT OLD."Action"
              OR NEW."From" IS NOT OLD."From" OR NEW."To" IS NOT OLD."To" OR NEW."ActorId" IS NOT OLD."ActorId" OR NEW."At" IS NOT OLD."At"
        """;

    /// <summary>
    /// As <see cref="PostgresRefused"/>, with the reason's code and arguments pinned too (stop 38 added those columns
    /// after the trigger was written, so the trigger let them change under a redaction record). A separate constant:
    /// the migrations before the columns existed keep creating the condition they were written with.
    /// </summary>
    internal const string PostgresRefusedWithReasonCode = $"""
        NOT {Redacted}
                       OR (NEW."PostId", NEW."Sequence", NEW."Action", NEW."From", NEW."To", NEW."ActorId", NEW."At", NEW."ReasonCode", NEW."ReasonArguments")
                          IS DISTINCT FROM (OLD."PostId", OLD."Sequence", OLD."Action", OLD."From", OLD."To", OLD."ActorId", OLD."At", OLD."ReasonCode", OLD."ReasonArguments")
        """;

    /// <summary>The same condition for SQLite.</summary>
    internal const string SqliteRefusedWithReasonCode = $"""
        {SqliteRefused}
              OR NEW."ReasonCode" IS NOT OLD."ReasonCode" OR NEW."ReasonArguments" IS NOT OLD."ReasonArguments"
        """;

    public static void Create(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        AppendOnlyTriggers.CreateFor(migrationBuilder, "post_transition_redactions");
        if (IsPostgres(migrationBuilder))
        {
            migrationBuilder.Sql($"""
                DROP TRIGGER IF EXISTS post_transitions_append_only ON post_transitions;
                CREATE TRIGGER post_transitions_no_delete BEFORE DELETE ON post_transitions FOR EACH ROW EXECUTE FUNCTION protocolwacht_refuse_change();
                CREATE OR REPLACE FUNCTION protocolwacht_refuse_unredacted_transition_update() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF {PostgresRefused} THEN
                        RAISE EXCEPTION 'post_transitions is append-only: UPDATE refused without a redaction record';
                    END IF;
                    RETURN NEW;
                END $$;
                CREATE TRIGGER post_transitions_update_only_redacted BEFORE UPDATE ON post_transitions FOR EACH ROW EXECUTE FUNCTION protocolwacht_refuse_unredacted_transition_update();
                """);
            return;
        }

        migrationBuilder.Sql("DROP TRIGGER IF EXISTS post_transitions_no_update;");
        migrationBuilder.Sql($"""
            CREATE TRIGGER post_transitions_update_only_redacted BEFORE UPDATE ON post_transitions
            WHEN {SqliteRefused}
            BEGIN SELECT RAISE(ABORT, 'post_transitions is append-only: UPDATE refused without a redaction record'); END;
            """);
    }

    /// <summary>Undoes <see cref="Create"/>: every UPDATE of a step is refused again.</summary>
    public static void Drop(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        AppendOnlyTriggers.DropFor(migrationBuilder, "post_transition_redactions");
        if (IsPostgres(migrationBuilder))
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS post_transitions_update_only_redacted ON post_transitions;
                DROP TRIGGER IF EXISTS post_transitions_no_delete ON post_transitions;
                DROP FUNCTION IF EXISTS protocolwacht_refuse_unredacted_transition_update();
                CREATE TRIGGER post_transitions_append_only BEFORE UPDATE OR DELETE ON post_transitions FOR EACH ROW EXECUTE FUNCTION protocolwacht_refuse_change();
                """);
            return;
        }

        migrationBuilder.Sql("DROP TRIGGER IF EXISTS post_transitions_update_only_redacted;");
        migrationBuilder.Sql("CREATE TRIGGER post_transitions_no_update BEFORE UPDATE ON post_transitions BEGIN SELECT RAISE(ABORT, 'post_transitions is append-only: UPDATE refused'); END;");
    }

    /// <summary>Pins a step's reason code and arguments as well: under a redaction record only the text may change.</summary>
    public static void PinReasonCodes(MigrationBuilder migrationBuilder) =>
        ReplaceUpdateCondition(migrationBuilder, PostgresRefusedWithReasonCode, SqliteRefusedWithReasonCode);

    /// <summary>Undoes <see cref="PinReasonCodes"/> (before the columns go).</summary>
    public static void UnpinReasonCodes(MigrationBuilder migrationBuilder) =>
        ReplaceUpdateCondition(migrationBuilder, PostgresRefused, SqliteRefused);

    // The same trigger name, function and Dutch refusal as HistoryRefusalTriggers writes; only the condition changes.
    private static void ReplaceUpdateCondition(MigrationBuilder migrationBuilder, string postgres, string sqlite)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        var message = HistoryRefusalWording.Dutch.StepChangedUnredacted;
        if (IsPostgres(migrationBuilder))
        {
            migrationBuilder.Sql($"""
                CREATE OR REPLACE FUNCTION protocolwacht_refuse_unredacted_transition_update() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF {postgres} THEN
                        RAISE EXCEPTION '{message}';
                    END IF;
                    RETURN NEW;
                END $$;
                """);
            return;
        }

        migrationBuilder.Sql("DROP TRIGGER IF EXISTS post_transitions_update_only_redacted;");
        migrationBuilder.Sql($"CREATE TRIGGER post_transitions_update_only_redacted BEFORE UPDATE ON post_transitions WHEN {sqlite} BEGIN SELECT RAISE(ABORT, '{message}'); END;");
    }

    private static bool IsPostgres(MigrationBuilder migrationBuilder) =>
        migrationBuilder.ActiveProvider?.Contains("Npgsql", StringComparison.Ordinal) == true;
}
