using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Protocolwacht.Persistence.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PostChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_deliveries_PostId_AccountId",
                table: "deliveries");

            migrationBuilder.AddColumn<Guid>(
                name: "ChangeId",
                table: "deliveries",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "deliveries",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Publish");

            migrationBuilder.AddColumn<Guid>(
                name: "TargetDeliveryId",
                table: "deliveries",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TargetPlatformPostId",
                table: "deliveries",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "post_changes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PostId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "text", nullable: true),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    Verdict = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    RequestedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Origin = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    StudentId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_post_changes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_post_changes_posts_PostId",
                        column: x => x.PostId,
                        principalTable: "posts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_deliveries_ChangeId_AccountId",
                table: "deliveries",
                columns: new[] { "ChangeId", "AccountId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_deliveries_PostId_AccountId",
                table: "deliveries",
                columns: new[] { "PostId", "AccountId" },
                unique: true,
                filter: "\"Kind\" = 'Publish'");

            migrationBuilder.CreateIndex(
                name: "IX_post_changes_PostId_CreatedAt",
                table: "post_changes",
                columns: new[] { "PostId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_post_changes_Status",
                table: "post_changes",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "post_changes");

            migrationBuilder.DropIndex(
                name: "IX_deliveries_ChangeId_AccountId",
                table: "deliveries");

            migrationBuilder.DropIndex(
                name: "IX_deliveries_PostId_AccountId",
                table: "deliveries");

            migrationBuilder.DropColumn(
                name: "ChangeId",
                table: "deliveries");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "deliveries");

            migrationBuilder.DropColumn(
                name: "TargetDeliveryId",
                table: "deliveries");

            migrationBuilder.DropColumn(
                name: "TargetPlatformPostId",
                table: "deliveries");

            migrationBuilder.CreateIndex(
                name: "IX_deliveries_PostId_AccountId",
                table: "deliveries",
                columns: new[] { "PostId", "AccountId" },
                unique: true);
        }
    }
}
