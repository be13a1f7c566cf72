using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Protocolwacht.Persistence.Privacy;

#nullable disable

namespace Protocolwacht.Persistence.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PostTransitionRedactions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "post_transition_redactions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PostId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    RedactedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RedactedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Ground = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_post_transition_redactions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_post_transition_redactions_PostId_Sequence",
                table: "post_transition_redactions",
                columns: new[] { "PostId", "Sequence" });
            PostTransitionRedactionTriggers.Create(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            PostTransitionRedactionTriggers.Drop(migrationBuilder);
            migrationBuilder.DropTable(
                name: "post_transition_redactions");
        }
    }
}
