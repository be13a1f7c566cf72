using Microsoft.EntityFrameworkCore.Migrations;

namespace Protocolwacht.Persistence.Archive;

/// <summary>
/// Copies the workflow steps of existing posts from the old JSON column <c>posts.Transitions</c> into the
/// append-only <c>post_transitions</c> table, before the migration drops the column.
/// </summary>
public static class PostTransitionsMove
{
    public static void CopyFromJsonColumn(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        if (migrationBuilder.ActiveProvider?.Contains("Npgsql", StringComparison.Ordinal) == true)
        {
            migrationBuilder.Sql("""
                INSERT INTO post_transitions ("PostId", "Sequence", "Action", "From", "To", "ActorId", "At", "Reason")
                SELECT p."Id", (t->>'sequence')::int, t->>'action', t->>'from', t->>'to', t->>'actorId', (t->>'at')::timestamptz, t->>'reason'
                FROM posts p, jsonb_array_elements(p."Transitions"::jsonb) t;
                """);
            return;
        }

        // SQLite keeps DateTimeOffset as EF Core's DateTimeOffsetToBinaryConverter does for UTC values:
        // (ticks / 1000) << 11. julianday gives days since 4714 BC; day 1721425.5 is 0001-01-01.
        migrationBuilder.Sql("""
            INSERT INTO post_transitions ("PostId", "Sequence", "Action", "From", "To", "ActorId", "At", "Reason")
            SELECT p."Id", json_extract(t.value, '$.sequence'), json_extract(t.value, '$.action'), json_extract(t.value, '$.from'),
                   json_extract(t.value, '$.to'), json_extract(t.value, '$.actorId'),
                   CAST(round((julianday(json_extract(t.value, '$.at')) - 1721425.5) * 864000000.0) AS INTEGER) << 11,
                   json_extract(t.value, '$.reason')
            FROM posts p, json_each(p."Transitions") t;
            """);
    }
}
