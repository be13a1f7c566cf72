using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Protocolwacht.Persistence.Migrations.Sqlite.Migrations
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
                    AccountId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PlatformId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_archive_gone_posts", x => new { x.AccountId, x.PlatformId });
                });

            migrationBuilder.CreateTable(
                name: "archive_insight_findings",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    Index = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AccountId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SchoolId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Guideline = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_archive_insight_findings", x => new { x.Sequence, x.Index });
                });

            migrationBuilder.CreateTable(
                name: "archive_insight_posts",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AccountId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SchoolId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AuthorId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PlatformId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Verdict = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    NeededAdvice = table.Column<bool>(type: "INTEGER", nullable: false),
                    PostId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AdviceWaitSeconds = table.Column<long>(type: "INTEGER", nullable: true)
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
