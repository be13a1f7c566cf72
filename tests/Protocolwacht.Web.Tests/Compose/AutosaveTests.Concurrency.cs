using System.Data.Common;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
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
        var other = new AnotherRequestAtTheSameMoment("INSERT INTO posts");
        await using var app = await StartOnPostgresAsync(other);
        using var tom = await app.SignInAsync("tom.hendriks");
        var (token, id) = await OpenComposerAsync(tom);
        var body = new AutosaveRequest(id, "Morgen is de sportdag op het veld.", ["regenboog-x"], null);
        other.Run(app.PostgresConnectionString!, () => SaveAsync(tom, token, body));

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
        var other = new AnotherRequestAtTheSameMoment("UPDATE posts");
        await using var app = await StartOnPostgresAsync(other);
        using var tom = await app.SignInAsync("tom.hendriks");
        var (token, id) = await OpenComposerAsync(tom);
        Assert.Equal(HttpStatusCode.OK, (await SaveAsync(tom, token, new AutosaveRequest(id, "Morgen is de sportdag.", ["regenboog-x"], null))).StatusCode);

        // The other tab saves with the button, which takes no autosave lock, just before this tab's update.
        other.Run(app.PostgresConnectionString!, () => tom.PostFormAsync(
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
    /// Just before the app first runs a command starting with <c>commandStart</c>, sends another request and lets the
    /// command go on once that request has finished or waits on a lock this one holds (pg_stat_activity shows it).
    /// </summary>
    private sealed class AnotherRequestAtTheSameMoment(string commandStart) : DbCommandInterceptor
    {
        private readonly TaskCompletionSource<HttpResponseMessage> _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private string? _connectionString;
        private Func<Task<HttpResponseMessage>>? _request;
        private int _started;

        public bool WaitedOnALock { get; private set; }

        public Task<HttpResponseMessage> Finished => _finished.Task;

        /// <summary>Arms the interceptor: the next matching command sends <paramref name="request"/> first.</summary>
        public void Run(string connectionString, Func<Task<HttpResponseMessage>> request)
        {
            _connectionString = connectionString;
            _request = request;
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

        private async Task InterleaveAsync(DbCommand command)
        {
            if (_request is null || !command.CommandText.Contains(commandStart, StringComparison.Ordinal) || Interlocked.Exchange(ref _started, 1) == 1)
            {
                return;
            }

            var request = Task.Run(_request);
            while (!request.IsCompleted)
            {
                if (await SomeoneWaitsOnALockAsync())
                {
                    WaitedOnALock = true;
                    break;
                }

                await Task.Delay(20);
            }

            _ = PassOnAsync(request);
        }

        private async Task PassOnAsync(Task<HttpResponseMessage> request)
        {
            try
            {
                _finished.TrySetResult(await request);
            }
            catch (Exception e)
            {
                _finished.TrySetException(e);
            }
        }

        private async Task<bool> SomeoneWaitsOnALockAsync()
        {
            await using var connection = new NpgsqlConnection(_connectionString);
            await connection.OpenAsync();
            await using var query = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", connection);
            return (long)(await query.ExecuteScalarAsync())! > 0;
        }
    }

    // An app on PostgreSQL whose database commands pass <paramref name="other"/>, with Tom's protocol acknowledged.
    private static async Task<ProtocolwachtApp> StartOnPostgresAsync(AnotherRequestAtTheSameMoment other)
    {
        var app = await ProtocolwachtApp.StartAsync(o =>
        {
            o.Database = DatabaseProvider.Postgres;
            o.Services = s => s.AddSingleton<IInterceptor>(other);
        });
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        return app;
    }
}
