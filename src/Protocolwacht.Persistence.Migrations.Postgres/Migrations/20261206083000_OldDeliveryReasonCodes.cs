using Microsoft.EntityFrameworkCore.Migrations;
using Protocolwacht.Persistence.Posts;

#nullable disable

namespace Protocolwacht.Persistence.Migrations.Postgres.Migrations
{
    /// <summary>
    /// Deliveries (and their failure notices) that failed before stop 42 with the old 'protocol not acknowledged' sentence
    /// get the current one, the key of its DeliveryReasons.resx entry, so they read in the reader's language (OldDeliveryReasons).
    /// </summary>
    public partial class OldDeliveryReasonCodes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => OldDeliveryReasons.MapToCurrent(migrationBuilder);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => OldDeliveryReasons.MapToBefore(migrationBuilder);
    }
}
