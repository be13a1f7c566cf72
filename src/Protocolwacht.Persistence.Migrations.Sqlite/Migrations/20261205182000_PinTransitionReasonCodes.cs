using Microsoft.EntityFrameworkCore.Migrations;
using Protocolwacht.Persistence.Privacy;

#nullable disable

namespace Protocolwacht.Persistence.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// Pins a history step's reason code and arguments (added by TransitionReasonCodes) in the trigger that lets an
    /// erasure change a step's text under a redaction record: only the text may change, not the code beside it.
    /// </summary>
    public partial class PinTransitionReasonCodes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => PostTransitionRedactionTriggers.PinReasonCodes(migrationBuilder);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => PostTransitionRedactionTriggers.UnpinReasonCodes(migrationBuilder);
    }
}
