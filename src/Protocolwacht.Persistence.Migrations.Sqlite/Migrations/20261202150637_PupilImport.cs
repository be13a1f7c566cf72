using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Protocolwacht.Persistence.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PupilImport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "LeftOn",
                table: "students",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PupilNumber",
                table: "students",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "SixteenOrOver",
                table: "students",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Brin",
                table: "schools",
                type: "TEXT",
                maxLength: 6,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Relation",
                table: "parent_children",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_students_PupilNumber",
                table: "students",
                column: "PupilNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_schools_Brin",
                table: "schools",
                column: "Brin",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_students_PupilNumber",
                table: "students");

            migrationBuilder.DropIndex(
                name: "IX_schools_Brin",
                table: "schools");

            migrationBuilder.DropColumn(
                name: "LeftOn",
                table: "students");

            migrationBuilder.DropColumn(
                name: "PupilNumber",
                table: "students");

            migrationBuilder.DropColumn(
                name: "SixteenOrOver",
                table: "students");

            migrationBuilder.DropColumn(
                name: "Brin",
                table: "schools");

            migrationBuilder.DropColumn(
                name: "Relation",
                table: "parent_children");
        }
    }
}
