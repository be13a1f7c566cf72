using Microsoft.EntityFrameworkCore.Migrations;
using Protocolwacht.Persistence.Archive;

namespace Protocolwacht.Persistence.Privacy;

/// <summary>
/// Lets retention remove old audit entries without opening the audit log to anything else: a DELETE on
/// <c>audit_log</c> passes only for an entry an <c>audit_log_cuts</c> row covers (same kind, id at or
/// below the cut); UPDATE stays refused, and the cuts are append-only themselves. Called from the
/// migration, so regenerating it after a merge only needs the calls put back.
/// </summary>
public static class AuditRetentionTriggers
{
    private const string SignInActions = "'sign-in.succeeded', 'sign-in.failed'";

    /// <summary>True for an audit entry a retention cut covers (same kind, id at or below the cut).</summary>
    internal const string Covered = $"""
        EXISTS (SELECT 1 FROM audit_log_cuts c WHERE OLD."Id" <= c."UpToId"
            AND ((c."Kind" = 'sign-ins' AND OLD."Action" IN ({SignInActions}))
              OR (c."Kind" = 'other' AND OLD."Action" NOT IN ({SignInActions}))))
        """;

    public static void Create(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        AppendOnlyTriggers.CreateFor(migrationBuilder, "audit_log_cuts");
        if (IsPostgres(migrationBuilder))
        {
            migrationBuilder.Sql($"""
                DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log;
                CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW EXECUTE FUNCTION protocolwacht_refuse_change();
                CREATE OR REPLACE FUNCTION protocolwacht_refuse_uncut_audit_delete() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF NOT {Covered} THEN
                        RAISE EXCEPTION 'audit_log: DELETE refused without a retention cut';
                    END IF;
                    RETURN OLD;
                END $$;
                CREATE TRIGGER audit_log_delete_only_cut BEFORE DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION protocolwacht_refuse_uncut_audit_delete();
                """);
            return;
        }

        migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_log_no_delete;");
        migrationBuilder.Sql($"""
            CREATE TRIGGER audit_log_delete_only_cut BEFORE DELETE ON audit_log
            WHEN NOT {Covered}
            BEGIN SELECT RAISE(ABORT, 'audit_log: DELETE refused without a retention cut'); END;
            """);
    }

    /// <summary>Undoes <see cref="Create"/>: the audit log refuses every DELETE again.</summary>
    public static void Drop(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        AppendOnlyTriggers.DropFor(migrationBuilder, "audit_log_cuts");
        if (IsPostgres(migrationBuilder))
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS audit_log_delete_only_cut ON audit_log;
                DROP TRIGGER IF EXISTS audit_log_no_update ON audit_log;
                DROP FUNCTION IF EXISTS protocolwacht_refuse_uncut_audit_delete();
                CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION protocolwacht_refuse_change();
                """);
            return;
        }

        migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_log_delete_only_cut;");
        migrationBuilder.Sql("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: DELETE refused'); END;");
    }

    private static bool IsPostgres(MigrationBuilder migrationBuilder) =>
        migrationBuilder.ActiveProvider?.Contains("Npgsql", StringComparison.Ordinal) == true;
}
