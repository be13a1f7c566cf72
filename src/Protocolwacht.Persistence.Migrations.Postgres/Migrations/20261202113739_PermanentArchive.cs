using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Protocolwacht.Persistence.Archive;

#nullable disable

namespace Protocolwacht.Persistence.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PermanentArchive : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "archive_records",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    Type = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ContentHash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    RedactsSequence = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_archive_records", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "archive_signing_keys",
                columns: table => new
                {
                    KeyId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    PublicKey = table.Column<byte[]>(type: "bytea", nullable: false),
                    ProtectedPrivateKey = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_archive_signing_keys", x => x.KeyId);
                });

            migrationBuilder.CreateTable(
                name: "archive_tree_heads",
                columns: table => new
                {
                    TreeSize = table.Column<long>(type: "bigint", nullable: false),
                    RootHash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    SignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    KeyId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Signature = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_archive_tree_heads", x => x.TreeSize);
                });

            migrationBuilder.CreateTable(
                name: "post_transitions",
                columns: table => new
                {
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    PostId = table.Column<Guid>(type: "uuid", nullable: false),
                    Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    From = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    To = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ActorId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Reason = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_post_transitions", x => new { x.PostId, x.Sequence });
                    table.ForeignKey(
                        name: "FK_post_transitions_posts_PostId",
                        column: x => x.PostId,
                        principalTable: "posts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "archive_contents",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_archive_contents", x => x.Sequence);
                    table.ForeignKey(
                        name: "FK_archive_contents_archive_records_Sequence",
                        column: x => x.Sequence,
                        principalTable: "archive_records",
                        principalColumn: "Sequence",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_archive_records_RedactsSequence",
                table: "archive_records",
                column: "RedactsSequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_archive_records_Type_RecordedAt",
                table: "archive_records",
                columns: new[] { "Type", "RecordedAt" });

            // Hand-written parts (keep when regenerating): move the workflow steps out of the JSON column, then refuse changes to history.
            PostTransitionsMove.CopyFromJsonColumn(migrationBuilder);
            migrationBuilder.DropColumn(
                name: "Transitions",
                table: "posts");

            AppendOnlyTriggers.Create(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            AppendOnlyTriggers.Drop(migrationBuilder);

            migrationBuilder.DropTable(
                name: "archive_contents");

            migrationBuilder.DropTable(
                name: "archive_signing_keys");

            migrationBuilder.DropTable(
                name: "archive_tree_heads");

            migrationBuilder.DropTable(
                name: "post_transitions");

            migrationBuilder.DropTable(
                name: "archive_records");

            migrationBuilder.AddColumn<string>(
                name: "Transitions",
                table: "posts",
                type: "text",
                nullable: false,
                defaultValue: "");
        }
    }
}
