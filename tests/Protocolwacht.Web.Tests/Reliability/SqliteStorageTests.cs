using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;

namespace Protocolwacht.Web.Tests.Reliability;

/// <summary>
/// Issue #16, failure injection: the SQLite database lives on a real small filesystem (tmpfs) that fills up to the
/// last byte, or its file becomes read-only (immutable, so even root cannot write it). Saving a post then answers with a Dutch page that says what happened and
/// that nothing was saved; nothing is half-written, <c>PRAGMA integrity_check</c> passes, and once the disk has
/// room (or is writable) again the same app saves the post without a restart.
/// </summary>
public class SqliteStorageTests
{
    private const string Author = "tom.hendriks";
    private const string Account = "regenboog-x";

    [Fact]
    public async Task DiskFull_SavingAPostGivesADutchErrorAndWritesNothing_AndWorksAgainWhenThereIsRoom()
    {
        using var disk = SmallDisk.Mount(64);
        await using var app = await StartOnAsync(disk);
        using var tom = await app.SignInAsync(Author);
        // The write-ahead log keeps the space it once had; emptied, a new write must find fresh space on the disk.
        // A reader at this moment would leave the log as it was (busy) and the post would fit in its old space.
        Assert.Equal((Busy: 0L, LogFrames: 0L), await TruncateLogAsync(app));
        var before = await CountsAsync(app);
        disk.Fill();

        var refused = await ComposeAsync(tom, "Vol: een mooie sportdag vandaag!");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Opslaan lukt nu niet", page, StringComparison.Ordinal);
        Assert.Contains("De schijf van de database is vol. Er is niets opgeslagen, ook niet half.", page, StringComparison.Ordinal);
        Assert.Equal("ok", await IntegrityAsync(disk));
        disk.Free();
        Assert.Equal(before, await CountsAsync(app)); // no post, no transition, no audit entry: nothing half-written

        var saved = await ComposeAsync(tom, "Weer ruimte: een mooie sportdag vandaag!");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(before.Posts + 1, (await CountsAsync(app)).Posts);
        Assert.Equal("ok", await IntegrityAsync(disk));
    }

    [Fact]
    public async Task DiskFull_AfterThePoolClosedItsIdleConnections_PagesStillReadAndSavingGivesTheDutchError()
    {
        using var disk = SmallDisk.Mount(64);
        await using var app = await StartOnAsync(disk);
        using var tom = await app.SignInAsync(Author);
        Assert.Equal((Busy: 0L, LogFrames: 0L), await TruncateLogAsync(app));
        var before = await CountsAsync(app);
        // What Microsoft.Data.Sqlite does with connections idle for two to four minutes, and what another app in the
        // same test process does when it stops: every pooled connection closes. Had that been the last connection,
        // SQLite would have deleted the log and its index, and the next reader would need fresh space to make them.
        DatabaseInitializer.ReleaseSqliteFiles();
        Assert.True(File.Exists(Path.Combine(disk.Path, "protocolwacht.db-shm")), "the log's index went with the last connection");
        disk.Fill();

        await tom.GetPageAsync("/compose"); // 200: reading needs no space
        var refused = await ComposeAsync(tom, "Vol: een mooie sportdag vandaag!");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("De schijf van de database is vol. Er is niets opgeslagen, ook niet half.", page, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync(app));
        Assert.Equal("ok", await IntegrityAsync(disk));
        disk.Free();
        var saved = await ComposeAsync(tom, "Weer ruimte: een mooie sportdag vandaag!");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    [Fact]
    public async Task DatabaseReadOnly_SavingAPostGivesADutchErrorAndWritesNothing_AndWorksAgainWhenWritable()
    {
        using var disk = SmallDisk.Mount(64);
        await using var app = await StartOnAsync(disk);
        using var tom = await app.SignInAsync(Author);
        var before = await CountsAsync(app);
        disk.MakeReadOnly("protocolwacht.db");
        DatabaseInitializer.ReleaseSqliteFiles(); // as after a restart of the pool: connections open the file as it is now

        var refused = await ComposeAsync(tom, "Alleen-lezen: een mooie sportdag vandaag!");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("De database kan nu alleen gelezen worden, niet beschreven. Er is niets opgeslagen, ook niet half.", page, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync(app));
        Assert.Equal("ok", await IntegrityAsync(disk));
        disk.MakeWritable("protocolwacht.db");

        var saved = await ComposeAsync(tom, "Weer schrijfbaar: een mooie sportdag vandaag!");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(before.Posts + 1, (await CountsAsync(app)).Posts);
        Assert.Equal("ok", await IntegrityAsync(disk));
    }

    private static async Task<ProtocolwachtApp> StartOnAsync(SmallDisk disk)
    {
        var app = await ProtocolwachtApp.StartAsync(o => o.Settings["Database:DataDirectory"] = disk.Path);
        await app.AcknowledgeProtocolAsync(Author);
        return app;
    }

    private static Task<HttpResponseMessage> ComposeAsync(AppClient client, string text) =>
        client.PostFormAsync("/compose", new() { ["Form.Text"] = text, ["Form.AccountIds"] = Account }, handler: "Next");

    private static Task<(int Posts, int Transitions, int Audit)> CountsAsync(ProtocolwachtApp app) => app.WithDbAsync(async db =>
        (await db.Posts.CountAsync(), await db.Posts.SelectMany(p => p.Transitions).CountAsync(), await db.AuditEntries.CountAsync()));

    /// <summary>PRAGMA wal_checkpoint(TRUNCATE): whether a reader or writer kept it from finishing, and the frames left in the log.</summary>
    private static Task<(long Busy, long LogFrames)> TruncateLogAsync(ProtocolwachtApp app) => app.WithDbAsync(async db =>
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        await using var result = await command.ExecuteReaderAsync();
        await result.ReadAsync();
        return (result.GetInt64(0), result.GetInt64(1));
    });

    // A connection of its own, read-only, beside the app's: what a backup or the CLI would find in the file.
    private static async Task<string> IntegrityAsync(SmallDisk disk)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(disk.Path, "protocolwacht.db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
