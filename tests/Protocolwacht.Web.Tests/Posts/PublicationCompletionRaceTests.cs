using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using Npgsql;
using Protocolwacht.Connectors;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Features.Posts;

namespace Protocolwacht.Web.Tests.Posts;

/// <summary>
/// A post on two accounts whose two deliveries finish at once on two instances (the soak of issue #16, publishing to
/// Mastodon and Bluesky together): both instances see every delivery published and record the post as published.
/// The second must find it done, without a failed command: before, both inserted the post's next transition and the
/// second met its primary key (an error-level log line and an exception out of the publisher's round).
/// </summary>
public sealed class PublicationCompletionRaceTests
{
    [Fact]
    public async Task TwoInstancesRecordingTheSamePostAtOnce_RecordItOnce_WithoutAnErrorLog()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        var postId = await QueuedPostWithTwoPublishedDeliveriesAsync(database);
        var logs = new ErrorLogs();
        await using var second = Context(database, logs, interceptor: null);
        var other = new OtherInstanceAtTheSameMoment(database, () => PublicationCompletion.RecordIfCompleteAsync(second, postId, database.Time, CancellationToken.None));
        await using var first = Context(database, logs, other);

        await PublicationCompletion.RecordIfCompleteAsync(first, postId, database.Time, CancellationToken.None);
        await other.Finished;

        Assert.True(other.Started, "the other instance ran while this one was about to record the post");
        await using var check = database.NewContext();
        var post = await check.Posts.SingleAsync(p => p.Id == postId);
        Assert.Equal(PostState.Published, post.State);
        Assert.Single(post.Transitions, t => t.To == PostState.Published);
        Assert.Empty(logs.Entries);
    }

    [Fact]
    public async Task TheLogCapture_SeesTheErrorOfTwoUnlockedRecordings()
    {
        // Shows the assertion above can fail: recording without the lock, as before, logs the transition's key violation.
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        var postId = await QueuedPostWithTwoPublishedDeliveriesAsync(database);
        var logs = new ErrorLogs();
        await using var second = Context(database, logs, interceptor: null);
        var other = new OtherInstanceAtTheSameMoment(database, () => RecordWithoutLockAsync(second, postId, database));
        await using var first = Context(database, logs, other);

        await Assert.ThrowsAsync<DbUpdateException>(() => RecordWithoutLockAsync(first, postId, database));
        await other.Finished;

        Assert.Contains(logs.Entries, e => e.Contains("PK_post_transitions", StringComparison.Ordinal));
    }

    private static async Task RecordWithoutLockAsync(ProtocolwachtDbContext db, Guid postId, TestDatabase database)
    {
        var post = await db.Posts.SingleAsync(p => p.Id == postId);
        post.RecordPublished(database.Time);
        await db.SaveChangesAsync();
    }

    private static async Task<Guid> QueuedPostWithTwoPublishedDeliveriesAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        const string text = "Vandaag was de schoolreis naar de dierentuin.";
        var post = Post.CreateDraft(Guid.NewGuid(), "linda.koster", new PostContent(text, ["sintjozef-mastodon", "sintjozef-x"], []), null, database.Time);
        post.RecordCheck("linda.koster", Verdict.Allow, database.Time);
        post.ConfirmPublication("linda.koster", Verdict.Allow, TimeSpan.Zero, database.Time);
        db.Posts.Add(post);
        foreach (var (account, channel) in new[] { ("sintjozef-mastodon", "mastodon"), ("sintjozef-x", "x") })
        {
            db.Deliveries.Add(Delivery.Create(Guid.NewGuid(), post, account, channel, post.ReleaseAt!.Value, PostFingerprint.Compute(account, text)));
        }

        await db.SaveChangesAsync();
        await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE deliveries SET \"Status\" = 'Published' WHERE \"PostId\" = {post.Id}");
        return post.Id;
    }

    private static ProtocolwachtDbContext Context(TestDatabase database, ErrorLogs logs, IInterceptor? interceptor)
    {
        var options = new DbContextOptionsBuilder<ProtocolwachtDbContext>();
        database.Settings.Configure(options);
        options.UseLoggerFactory(LoggerFactory.Create(b => b.AddProvider(logs)));
        if (interceptor is not null)
        {
            options.AddInterceptors(interceptor);
        }

        return new ProtocolwachtDbContext(options.Options);
    }

    /// <summary>
    /// Just before this instance inserts the post's transition, the other instance records the same post: it either
    /// finishes (no lock kept it out) or waits on a lock this instance holds, which PostgreSQL shows in pg_stat_activity.
    /// </summary>
    private sealed class OtherInstanceAtTheSameMoment(TestDatabase database, Func<Task> record) : DbCommandInterceptor
    {
        private Task finished = Task.CompletedTask;

        public bool Started { get; private set; }

        public Task Finished => finished;

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            await RunOtherAsync(command);
            return result;
        }

        public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            await RunOtherAsync(command);
            return result;
        }

        private async Task RunOtherAsync(DbCommand command)
        {
            if (Started || !command.CommandText.Contains("INSERT INTO post_transitions", StringComparison.Ordinal))
            {
                return;
            }

            Started = true;
            finished = Task.Run(record);
            while (!finished.IsCompleted && !await SomeoneWaitsOnALockAsync())
            {
                await Task.Delay(20);
            }
        }

        private async Task<bool> SomeoneWaitsOnALockAsync()
        {
            await using var connection = new NpgsqlConnection(database.Settings.ConnectionString);
            await connection.OpenAsync();
            await using var query = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", connection);
            return (long)(await query.ExecuteScalarAsync())! > 0;
        }
    }

    private sealed class ErrorLogs : ILoggerProvider
    {
        private readonly List<string> entries = [];

        public IReadOnlyList<string> Entries
        {
            get
            {
                lock (entries)
                {
                    return [.. entries];
                }
            }
        }

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(ErrorLogs logs, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (logLevel >= LogLevel.Error)
                {
                    lock (logs.entries)
                    {
                        logs.entries.Add($"{category}: {formatter(state, exception)} {exception?.Message}");
                    }
                }
            }
        }
    }
}
