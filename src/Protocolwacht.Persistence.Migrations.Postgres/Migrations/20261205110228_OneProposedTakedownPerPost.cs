using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Protocolwacht.Persistence.Migrations.Postgres.Migrations
{
    /// <summary>At most one takedown task waiting to be taken up per post: two follow-ups saved at once propose only one (stop 36).</summary>
    public partial class OneProposedTakedownPerPost : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_post_changes_one_proposed_per_post",
                table: "post_changes",
                column: "PostId",
                unique: true,
                filter: "\"Status\" = 'Proposed'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_post_changes_one_proposed_per_post",
                table: "post_changes");
        }
    }
}
