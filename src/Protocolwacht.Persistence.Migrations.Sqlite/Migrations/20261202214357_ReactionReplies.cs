using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Protocolwacht.Persistence.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReactionReplies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ReplyAudience",
                table: "posts",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ReplyToReactionId",
                table: "posts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReplyRootPlatformId",
                table: "deliveries",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReplyToPlatformId",
                table: "deliveries",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ReplyToReactionId",
                table: "deliveries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_posts_ReplyToReactionId",
                table: "posts",
                column: "ReplyToReactionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_posts_ReplyToReactionId",
                table: "posts");

            migrationBuilder.DropColumn(
                name: "ReplyAudience",
                table: "posts");

            migrationBuilder.DropColumn(
                name: "ReplyToReactionId",
                table: "posts");

            migrationBuilder.DropColumn(
                name: "ReplyRootPlatformId",
                table: "deliveries");

            migrationBuilder.DropColumn(
                name: "ReplyToPlatformId",
                table: "deliveries");

            migrationBuilder.DropColumn(
                name: "ReplyToReactionId",
                table: "deliveries");
        }
    }
}
