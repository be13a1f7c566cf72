using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Protocolwacht.Persistence.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class InsightAccountMonthIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_archive_insight_posts_AccountId_Month",
                table: "archive_insight_posts",
                columns: new[] { "AccountId", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_archive_insight_findings_AccountId_Month",
                table: "archive_insight_findings",
                columns: new[] { "AccountId", "Month" });

            migrationBuilder.DropIndex(
                name: "IX_archive_insight_findings_Guideline_Category",
                table: "archive_insight_findings");

            migrationBuilder.CreateIndex(
                name: "IX_archive_insight_findings_Guideline_Category_Sequence",
                table: "archive_insight_findings",
                columns: new[] { "Guideline", "Category", "Sequence" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_archive_insight_posts_AccountId_Month",
                table: "archive_insight_posts");

            migrationBuilder.DropIndex(
                name: "IX_archive_insight_findings_AccountId_Month",
                table: "archive_insight_findings");

            migrationBuilder.DropIndex(
                name: "IX_archive_insight_findings_Guideline_Category_Sequence",
                table: "archive_insight_findings");

            migrationBuilder.CreateIndex(
                name: "IX_archive_insight_findings_Guideline_Category",
                table: "archive_insight_findings",
                columns: new[] { "Guideline", "Category" });
        }
    }
}
