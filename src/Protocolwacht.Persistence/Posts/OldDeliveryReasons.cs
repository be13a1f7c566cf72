using Microsoft.EntityFrameworkCore.Migrations;

namespace Protocolwacht.Persistence.Posts;

/// <summary>
/// A delivery's failure reason is stored in Dutch and read in the reader's language through DeliveryReasons.resx, whose
/// keys are the Dutch sentences: the stored sentence is its own code. One reason was reworded when it got its resource
/// (stop 42): a delivery that failed before, because its author had not acknowledged a new protocol version, kept the old
/// sentence, which no resource entry knows, so an English reader read it in Dutch on the post page and in the failure
/// notice. The migration <c>OldDeliveryReasonCodes</c> maps that old sentence to the current one, once, in the deliveries
/// and in the notices that quote it. Both texts are written out here, not taken from the web app's constant: a migration
/// does what it did when it was written, whatever the code says later. Plain SQL that SQLite and PostgreSQL read alike.
/// </summary>
public static class OldDeliveryReasons
{
    /// <summary>The stop-41 reason: a sentence glued before the composer's refusal.</summary>
    public const string NotAcknowledgedBefore =
        "Niet geplaatst: er is een nieuwe versie van het protocol. Lees eerst de nieuwe versie van het protocol en bevestig 'gelezen en begrepen' op /protocol; daarna kun je publiceren.";

    /// <summary>The same reason since stop 42 (<c>DeliveryProcessor.NotAcknowledged</c>), a key of DeliveryReasons.resx.</summary>
    public const string NotAcknowledged =
        "Niet geplaatst, want er is een nieuwe versie van het protocol: lees die op /protocol, bevestig 'gelezen en begrepen' en probeer het dan opnieuw.";

    public static void MapToCurrent(MigrationBuilder migrationBuilder) => Map(migrationBuilder, NotAcknowledgedBefore, NotAcknowledged);

    public static void MapToBefore(MigrationBuilder migrationBuilder) => Map(migrationBuilder, NotAcknowledged, NotAcknowledgedBefore);

    private static void Map(MigrationBuilder migrationBuilder, string from, string to)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        var (old, current) = (Literal(from), Literal(to));
        migrationBuilder.Sql($"""UPDATE "{DeliveryConfiguration.Table}" SET "LastError" = {current} WHERE "LastError" = {old};""");
        // The failure notice is "Publicatie op <account> is mislukt: <reason>" (or the change's and deletion's sentence).
        migrationBuilder.Sql($"""UPDATE "notifications" SET "Text" = REPLACE("Text", {old}, {current}) WHERE "Text" LIKE {Literal("%: " + from)};""");
    }

    // A constant written into the SQL: single quotes doubled, as both databases read a string literal.
    private static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
