using System.Data.Common;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Features.Compose;

namespace Protocolwacht.Web.Tests.Compose;

/// <summary>
/// Two saves of one draft at once (stop 45): the composer sends a save when the author pauses and another when the
/// tab is hidden or closed, and those met on the server. The second's insert hit the first's primary key (an error in
/// the server's log, a 409 for the author) although both held the same text. Now one autosave of a draft runs at a
/// time, and the second finds the text saved. A draft changed by the page's button in another tab meanwhile still
/// refuses, with a Dutch reason. PostgreSQL only: the interleaving needs two writers at once, which SQLite never runs.
/// </summary>
public sealed partial class AutosaveTests
{
    [Fact]
    public async Task TwoSavesOfTheSameNewDraftAtOnce_BothSucceed_OneDraft_NoErrorLogged()
    {
        var app = await OnPostgresAsync();
        using var tom = await app.SignInAsync("tom.hendriks");
        var (token, id) = await OpenComposerAsync(tom);
        var body = new AutosaveRequest(id, "Morgen is de sportdag op het veld.", ["regenboog-x"], null);
        using var other = apps.Interleave.Arm("INSERT INTO posts", app.PostgresConnectionString!, () => SaveAsync(tom, token, body));

        var first = await SaveAsync(tom, token, body);
        var second = await other.Finished;

        Assert.True(other.WaitedOnALock, "the second save arrived while the first was about to insert the draft, and waited for it");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var post = await app.WithDbAsync(db => db.Posts.SingleAsync());
        Assert.Equal("Morgen is de sportdag op het veld.", post.Text);
        Assert.DoesNotContain(" Error ", app.Log.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DraftChangedInAnotherTabWhileSaving_IsRefusedInDutch_AndTheOtherTabsTextStays()
    {
        var app = await OnPostgresAsync();
        using var tom = await app.SignInAsync("tom.hendriks");
        var (token, id) = await OpenComposerAsync(tom);
        Assert.Equal(HttpStatusCode.OK, (await SaveAsync(tom, token, new AutosaveRequest(id, "Morgen is de sportdag.", ["regenboog-x"], null))).StatusCode);

        // The other tab saves with the button, which takes no autosave lock, just before this tab's update.
        using var other = apps.Interleave.Arm("UPDATE posts", app.PostgresConnectionString!, () => tom.PostFormAsync(
            $"/compose/{id}", new() { ["Form.Text"] = "Morgen is de sportdag, op het veld achter de school.", ["Form.AccountIds"] = "regenboog-x" }, handler: "Save"));
        var late = await SaveAsync(tom, token, new AutosaveRequest(id, "Morgen is de sportdag!", ["regenboog-x"], null));
        await other.Finished;

        Assert.False(other.WaitedOnALock, "the button's save ran to its end while the autosave waited to write");
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains(DraftAutosave.ChangedElsewhere, await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Morgen is de sportdag, op het veld achter de school.", (await app.WithDbAsync(db => db.Posts.SingleAsync())).Text);
        Assert.DoesNotContain(" Error ", app.Log.Text, StringComparison.Ordinal);
    }

    /// <summary>
    /// Once armed, just before the app first runs a command containing the armed text, sends another request and lets
    /// the command go on once that request has finished or waits on a lock this one holds (pg_stat_activity shows it).
    /// Registered in the class's app (<see cref="Apps"/>) and armed by one test at a time, like
    /// <see cref="VersionBumpBeforeSave"/>: until stop 56 each of the two tests above started an app of its own on
    /// PostgreSQL for it, where the class's PostgreSQL app on a fresh database does the same.
    /// </summary>
    public sealed class AnotherRequestAtTheSameMoment : DbCommandInterceptor
    {
        private Armed? _armed;

        /// <summary>Arms the interceptor: the next command containing <paramref name="commandStart"/> sends <paramref name="request"/> first.</summary>
        public Armed Arm(string commandStart, string connectionString, Func<Task<HttpResponseMessage>> request)
        {
            var armed = new Armed(this, commandStart, connectionString, request);
            Volatile.Write(ref _armed, armed);
            return armed;
        }

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            await InterleaveAsync(command);
            return result;
        }

        public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            await InterleaveAsync(command);
            return result;
        }

        // Only the first matching command takes the armed request: the disarming exchange lets one through.
        private async Task InterleaveAsync(DbCommand command)
        {
            if (Volatile.Read(ref _armed) is { } armed
                && command.CommandText.Contains(armed.CommandStart, StringComparison.Ordinal)
                && Interlocked.CompareExchange(ref _armed, null, armed) == armed)
            {
                await armed.InterleaveAsync();
            }
        }

        /// <summary>One test's arming: what its request did. Disposing it disarms, so a failed test leaves nothing armed.</summary>
        public sealed class Armed(AnotherRequestAtTheSameMoment owner, string commandStart, string connectionString, Func<Task<HttpResponseMessage>> request) : IDisposable
        {
            private readonly TaskCompletionSource<HttpResponseMessage> _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);

            public bool WaitedOnALock { get; private set; }

            public Task<HttpResponseMessage> Finished => _finished.Task;

            internal string CommandStart => commandStart;

            public void Dispose() => Interlocked.CompareExchange(ref owner._armed, null, this);

            internal async Task InterleaveAsync()
            {
                var running = Task.Run(request);
                while (!running.IsCompleted)
                {
                    if (await SomeoneWaitsOnALockAsync())
                    {
                        WaitedOnALock = true;
                        break;
                    }

                    await Task.Delay(20);
                }

                _ = PassOnAsync(running);
            }

            private async Task PassOnAsync(Task<HttpResponseMessage> running)
            {
                try
                {
                    _finished.TrySetResult(await running);
                }
                catch (Exception e)
                {
                    _finished.TrySetException(e);
                }
            }

            private async Task<bool> SomeoneWaitsOnALockAsync()
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync();
                await using var query = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", connection);
                return (long)(await query.ExecuteScalarAsync())! > 0;
            }
        }
    }

    // The class's app on PostgreSQL on a fresh database, with Tom's protocol acknowledged.
    private async Task<ProtocolwachtApp> OnPostgresAsync()
    {
        var app = await apps.FreshAsync(DatabaseProvider.Postgres);
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        return app;
    }
}
