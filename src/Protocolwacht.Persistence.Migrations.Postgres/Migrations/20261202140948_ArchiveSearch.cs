using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Protocolwacht.Persistence.Search;

#nullable disable

namespace Protocolwacht.Persistence.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ArchiveSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "archive_import_keys",
                columns: table => new
                {
                    AccountId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PlatformId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_archive_import_keys", x => new { x.AccountId, x.PlatformId });
                });

            migrationBuilder.CreateTable(
                name: "archive_search",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    Source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    AccountId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SchoolId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AuthorId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Verdict = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Categories = table.Column<string>(type: "text", nullable: false),
                    Url = table.Column<string>(type: "text", nullable: true),
                    Text = table.Column<string>(type: "text", nullable: false),
                    Parts = table.Column<string>(type: "text", nullable: false),
                    Terms = table.Column<string>(type: "text", nullable: false),
                    PartTerms = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_archive_search", x => x.Sequence);
                });

            migrationBuilder.CreateIndex(
                name: "IX_archive_import_keys_AccountId_Fingerprint",
                table: "archive_import_keys",
                columns: new[] { "AccountId", "Fingerprint" });

            migrationBuilder.CreateIndex(
                name: "IX_archive_search_AccountId_At",
                table: "archive_search",
                columns: new[] { "AccountId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_archive_search_At",
                table: "archive_search",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_archive_search_SchoolId_At",
                table: "archive_search",
                columns: new[] { "SchoolId", "At" });

            SearchIndexSql.Create(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            SearchIndexSql.Drop(migrationBuilder);

            migrationBuilder.DropTable(
                name: "archive_import_keys");

            migrationBuilder.DropTable(
                name: "archive_search");
        }
    }
}
