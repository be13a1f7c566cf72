using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Protocolwacht.Persistence.Migrations.Postgres.Migrations
{
    /// <summary>A post's history step keeps the code and arguments of a reason the system wrote, so pages can say it in the reader's language (stop 38); older steps keep only their Dutch sentence.</summary>
    public partial class TransitionReasonCodes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ReasonArguments",
                table: "post_transitions",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReasonCode",
                table: "post_transitions",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ReasonArguments",
                table: "post_transitions");

            migrationBuilder.DropColumn(
                name: "ReasonCode",
                table: "post_transitions");
        }
    }
}
