using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Protocolwacht.Persistence.Privacy;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Protocolwacht.Persistence.Migrations.Postgres.Migrations
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    UpToId = table.Column<long>(type: "bigint", nullable: false),
                    Before = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Removed = table.Column<int>(type: "integer", nullable: false)
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
