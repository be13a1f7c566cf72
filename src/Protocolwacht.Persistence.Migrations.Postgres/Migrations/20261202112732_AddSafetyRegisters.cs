using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Protocolwacht.Persistence.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AddSafetyRegisters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "incidents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Category = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Severity = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ReportedPublicly = table.Column<bool>(type: "boolean", nullable: false),
                    ReportedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ReporterContact = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ReportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    HandlerId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    IsDataBreach = table.Column<bool>(type: "boolean", nullable: false),
                    DiscoveredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReportedToAuthority = table.Column<bool>(type: "boolean", nullable: true),
                    AuthorityReference = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    NotReportedReason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AuthorityDecisionAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AuthorityDecisionBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    PeopleInformed = table.Column<bool>(type: "boolean", nullable: true),
                    PeopleInformedNote = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Reminder24SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Reminder48SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClosedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Evaluation = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    People = table.Column<string>(type: "text", nullable: false),
                    Timeline = table.Column<string>(type: "text", nullable: false),
                    Tasks = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_incidents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_decisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AccountId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    DpiaDate = table.Column<DateOnly>(type: "date", nullable: false),
                    DpiaOutcome = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ProcessingAgreement = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Reviewer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReviewDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReminderSentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_decisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "publishing_freezes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    FrozenBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FrozenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LiftedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    LiftedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LiftNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_publishing_freezes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "incident_views",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    IncidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_incident_views", x => x.Id);
                    table.ForeignKey(
                        name: "FK_incident_views_incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_incident_views_IncidentId_At",
                table: "incident_views",
                columns: new[] { "IncidentId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_incidents_IsDataBreach_ClosedAt",
                table: "incidents",
                columns: new[] { "IsDataBreach", "ClosedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_incidents_SchoolId_ReportedAt",
                table: "incidents",
                columns: new[] { "SchoolId", "ReportedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_platform_decisions_AccountId_Version",
                table: "platform_decisions",
                columns: new[] { "AccountId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_publishing_freezes_LiftedAt",
                table: "publishing_freezes",
                column: "LiftedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "incident_views");

            migrationBuilder.DropTable(
                name: "platform_decisions");

            migrationBuilder.DropTable(
                name: "publishing_freezes");

            migrationBuilder.DropTable(
                name: "incidents");
        }
    }
}
