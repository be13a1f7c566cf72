using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Protocolwacht.Persistence.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class InsightAndReconciliation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "archive_gone_posts",
                columns: table => new
                {
                    AccountId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PlatformId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    Reason = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_archive_gone_posts", x => new { x.AccountId, x.PlatformId });
                });

            migrationBuilder.CreateTable(
                name: "archive_insight_findings",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    Index = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    AccountId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SchoolId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    Guideline = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Category = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_archive_insight_findings", x => new { x.Sequence, x.Index });
                });

            migrationBuilder.CreateTable(
                name: "archive_insight_posts",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    Source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    AccountId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SchoolId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AuthorId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    PlatformId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    Verdict = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    NeededAdvice = table.Column<bool>(type: "boolean", nullable: false),
                    PostId = table.Column<Guid>(type: "uuid", nullable: true),
                    AdviceWaitSeconds = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_archive_insight_posts", x => x.Sequence);
                });

            migrationBuilder.CreateIndex(
                name: "IX_archive_insight_findings_Guideline_Category",
                table: "archive_insight_findings",
                columns: new[] { "Guideline", "Category" });

            migrationBuilder.CreateIndex(
                name: "IX_archive_insight_findings_Month",
                table: "archive_insight_findings",
                column: "Month");

            migrationBuilder.CreateIndex(
                name: "IX_archive_insight_findings_SchoolId_Month",
                table: "archive_insight_findings",
                columns: new[] { "SchoolId", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_archive_insight_posts_AccountId_At",
                table: "archive_insight_posts",
                columns: new[] { "AccountId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_archive_insight_posts_AccountId_PlatformId",
                table: "archive_insight_posts",
                columns: new[] { "AccountId", "PlatformId" });

            migrationBuilder.CreateIndex(
                name: "IX_archive_insight_posts_Month",
                table: "archive_insight_posts",
                column: "Month");

            migrationBuilder.CreateIndex(
                name: "IX_archive_insight_posts_SchoolId_Month",
                table: "archive_insight_posts",
                columns: new[] { "SchoolId", "Month" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "archive_gone_posts");

            migrationBuilder.DropTable(
                name: "archive_insight_findings");

            migrationBuilder.DropTable(
                name: "archive_insight_posts");
        }
    }
}
