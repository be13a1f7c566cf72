using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence.Audit;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;

namespace Protocolwacht.Web.Tests.Reliability;

/// <summary>
/// A step on a busy server that the database cannot serve just then (a deadlock, a serialisation failure, no free
/// connection; SQLite busy): the person gets a Dutch page that says nothing was saved and to try again (503 with
/// Retry-After), not the generic error; nothing of the step is stored, and the same step a moment later succeeds.
/// The app's log, which the failed step's message carries (<see cref="AppLog"/>), names what the database said.
/// </summary>
public class BusyDatabaseTests
{
    private const string Text = "Vandaag heeft groep 6 de moestuin bij de gymzaal ingezaaid.";

    [Theory]
    [AllDatabases]
    public async Task RequestDeletion_WhileTheDatabaseIsTooBusy_AnswersInDutch_SavesNothing_AndWorksWhenTriedAgain(DatabaseProvider provider)
    {
        var busy = new BusyOnce(provider == DatabaseProvider.Postgres
            ? new PostgresException("deadlock detected", "ERROR", "ERROR", "40P01")
            : new SqliteException("SQLite Error 5: 'database is locked'.", 5));
        await using var app = await ProtocolwachtApp.StartAsync(o => (o.Database, o.Services) = (provider, s => s.AddSingleton<IInterceptor>(busy)));
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        var id = await tom.ComposeAsync(Text, "regenboog-x");
        await tom.PublishAsync(id);
        await app.AdvanceAsync(app.UndoPeriod);
        var fields = new Dictionary<string, string> { ["reason"] = "Er staat een verkeerde datum in." };
        busy.Arm();

        var refused = await tom.PostFormAsync($"/posts/{id}", fields, "RequestDeletion");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Even te druk", page, StringComparison.Ordinal);
        Assert.Contains("Het verzoek kon nu niet worden verwerkt: de database had het even te druk. Er is niets opgeslagen, ook niet half.", page, StringComparison.Ordinal);
        Assert.Contains(provider == DatabaseProvider.Postgres ? "40P01" : "database is locked", await tom.FailureOf(refused), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.PostChanges.CountAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.PostDeletionRequested)));

        var again = await tom.OnPostPageAsync(id, "RequestDeletion", fields);

        Assert.Contains("Je verzoek om het bericht te verwijderen is vastgelegd.", again, StringComparison.Ordinal);
        Assert.Equal(PostChangeStatus.AwaitingApproval, await app.WithDbAsync(db => db.PostChanges.Select(c => c.Status).SingleAsync()));
    }

    /// <summary>
    /// Once armed, fails the next save of a post change with the database's own exception, before anything is written
    /// (a background job's save meanwhile passes: only the step is meant).
    /// </summary>
    private sealed class BusyOnce(Exception failure) : SaveChangesInterceptor
    {
        private int _armed;

        public void Arm() => Volatile.Write(ref _armed, 1);

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            var savesAChange = eventData.Context?.ChangeTracker.Entries<PostChange>().Any(e => e.State == EntityState.Added) == true;
            return savesAChange && Interlocked.Exchange(ref _armed, 0) == 1 ? throw failure : ValueTask.FromResult(result);
        }
    }
}
