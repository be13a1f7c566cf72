using Microsoft.EntityFrameworkCore.Migrations;
using Protocolwacht.Persistence.Privacy;

#nullable disable

namespace Protocolwacht.Persistence.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AuditRetention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_log_cuts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    UpToId = table.Column<long>(type: "INTEGER", nullable: false),
                    Before = table.Column<long>(type: "INTEGER", nullable: false),
                    Removed = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_log_cuts", x => x.Id);
                });

            AuditRetentionTriggers.Create(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            AuditRetentionTriggers.Drop(migrationBuilder);

            migrationBuilder.DropTable(
                name: "audit_log_cuts");
        }
    }
}
