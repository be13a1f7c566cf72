using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Protocolwacht.Persistence.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// When the mail sender gave a mail up (a permanent refusal, or temporary ones for longer than the retry window):
    /// it is no longer retried, and administrators see it on their start page. And when a send first failed: the retry
    /// window counts from there, not from when the mail was queued (mail queued while the server was away gets it whole).
    /// </summary>
    public partial class MailGivenUp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "GaveUpAt",
                table: "outgoing_mails",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "FirstFailedAt",
                table: "outgoing_mails",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FirstFailedAt",
                table: "outgoing_mails");

            migrationBuilder.DropColumn(
                name: "GaveUpAt",
                table: "outgoing_mails");
        }
    }
}
