using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Protocolwacht.Persistence.Migrations.Postgres.Migrations
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
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "AdviceReminderAt",
                table: "posts",
                type: "timestamp with time zone",
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
