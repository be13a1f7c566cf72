namespace Protocolwacht.Persistence.Archive;

/// <summary>
/// The sentences the database's history triggers raise (<see cref="HistoryRefusalTriggers"/>). They end up in SQL
/// literals, so none holds a single quote. <see cref="English"/> is what the first migrations wrote and stays only
/// for the Down of the migration that replaced it; <see cref="Dutch"/> says the same as the interceptor
/// (<see cref="AppendOnlyInterceptor"/>) does for a save through EF Core.
/// </summary>
public sealed record HistoryRefusalWording(
    Func<string, string, string> Refused,
    string PostgresRefusedRaise,
    string ContentsChanged,
    string ContentsRemovedUnredacted,
    string AuditRemovedUncut,
    string StepChangedUnredacted)
{
    public static HistoryRefusalWording Dutch { get; } = new(
        (table, operation) => $"De tabel {table} wordt alleen aangevuld: {DutchChange(operation)} is geweigerd.",
        """
        RAISE EXCEPTION 'De tabel % wordt alleen aangevuld: % is geweigerd.', TG_TABLE_NAME,
                CASE TG_OP WHEN 'UPDATE' THEN 'een rij wijzigen' WHEN 'DELETE' THEN 'een rij verwijderen' ELSE 'de tabel leegmaken' END;
        """,
        $"De tabel archive_contents wordt alleen aangevuld: {DutchChange("UPDATE")} is geweigerd.",
        "De inhoud van een archiefrecord (tabel archive_contents) kan alleen worden weggehaald samen met een redactierecord dat dat record noemt: een rij verwijderen is geweigerd.",
        "Een regel van het auditlog (tabel audit_log) kan alleen worden verwijderd als de bewaartermijn hem heeft afgesloten (een rij in audit_log_cuts): een rij verwijderen is geweigerd.",
        "Een stap van een bericht (tabel post_transitions) verandert nooit, behalve de toelichting van een stap die een redactierecord noemt: een rij wijzigen is geweigerd.");

    public static HistoryRefusalWording English { get; } = new(
        (table, operation) => $"{table} is append-only: {operation} refused",
        "RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP;",
        "archive_contents is never changed: UPDATE refused",
        "archive_contents: DELETE refused without a redaction record",
        "audit_log: DELETE refused without a retention cut",
        "post_transitions is append-only: UPDATE refused without a redaction record");

    private static string DutchChange(string operation) => operation switch
    {
        "UPDATE" => "een rij wijzigen",
        "DELETE" => "een rij verwijderen",
        _ => "de tabel leegmaken",
    };
}
