using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Protocolwacht.Persistence.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class OrganisationVersionAndAbsencePeriods : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "From",
                table: "staff_absences",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<DateOnly>(
                name: "Until",
                table: "staff_absences",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "organisation_version",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Stamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organisation_version", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "organisation_version",
                columns: new[] { "Id", "Stamp" },
                values: new object[] { 1, new Guid("6f1d0a52-3c1e-4a8e-9a57-0e2f4b1c7d90") });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "organisation_version");

            migrationBuilder.DropColumn(
                name: "From",
                table: "staff_absences");

            migrationBuilder.DropColumn(
                name: "Until",
                table: "staff_absences");
        }
    }
}
