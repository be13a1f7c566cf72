using Microsoft.EntityFrameworkCore.Migrations;
using Protocolwacht.Persistence.Archive;

#nullable disable

namespace Protocolwacht.Persistence.Migrations.Sqlite.Migrations
{
    /// <summary>The database's refusals to change history say so in Dutch; same triggers, same conditions (no model change).</summary>
    public partial class DutchHistoryRefusals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            HistoryRefusalTriggers.UseDutch(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            HistoryRefusalTriggers.UseEnglish(migrationBuilder);
        }
    }
}
