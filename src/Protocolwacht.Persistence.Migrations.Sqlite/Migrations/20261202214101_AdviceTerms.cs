using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Protocolwacht.Persistence.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AdviceTerms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AdviceWorkingDays",
                table: "schools",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "AdviceReminderAt",
                table: "posts",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AdviceWorkingDays",
                table: "schools");

            migrationBuilder.DropColumn(
                name: "AdviceReminderAt",
                table: "posts");
        }
    }
}
