using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using Protocolwacht.Persistence.Database;
using Protocolwacht.Persistence.Protocol;
using Protocolwacht.TestSupport;

namespace Protocolwacht.Persistence.Tests.Protocol;

/// <summary>
/// Two requests acknowledge the same version at once (a double click, two instances; the soak of issue #16 saw it):
/// both pass the "already recorded?" check, then both insert. The second insert meets the unique index. It must
/// answer "already recorded", keep one row, and log no database error: the conflict is expected, not a failure.
/// </summary>
public sealed class AcknowledgementRaceTests
{
    [Theory]
    [AllDatabases]
    public async Task SecondOfTwoRacingAcknowledgements_IsAlreadyRecorded_OneRow_AndNoErrorLogged(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var logs = new CapturedLogs();
        var other = new OtherRequestFirst(database);
        await using var db = Context(database, logs, other);

        var result = await new ProtocolAcknowledgements(db, database.Time).AcknowledgeAsync("tom.hendriks", 1);

        Assert.True(other.Inserted, "the other request's row was written between the check and the insert");
        Assert.Equal(AcknowledgementResult.AlreadyRecorded, result);
        await using (var check = database.NewContext())
        {
            Assert.Equal(1, await check.ProtocolAcknowledgements.CountAsync(a => a.StaffId == "tom.hendriks" && a.VersionNumber == 1));
        }

        Assert.Empty(logs.AtLeast(LogLevel.Error));
    }

    [Theory]
    [AllDatabases]
    public async Task TheLogCapture_SeesTheErrorThatADuplicateInsertThroughTheChangeTrackerLogs(DatabaseProvider provider)
    {
        // Shows the assertion above can fail: the old way (Add + SaveChanges, catching the exception) logs an error.
        await using var database = await TestDatabase.CreateAsync(provider);
        var logs = new CapturedLogs();
        await using (var first = database.NewContext())
        {
            Assert.Equal(AcknowledgementResult.Recorded, await new ProtocolAcknowledgements(first, database.Time).AcknowledgeAsync("tom.hendriks", 1));
        }

        await using var db = Context(database, logs, interceptor: null);
        db.ProtocolAcknowledgements.Add(new ProtocolAcknowledgementEntity { StaffId = "tom.hendriks", VersionNumber = 1, AcknowledgedAt = database.Time.GetUtcNow() });

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        Assert.NotEmpty(logs.AtLeast(LogLevel.Error));
    }

    [Theory]
    [AllDatabases]
    public async Task AnAcknowledgementWithoutARace_IsRecorded_WithItsMoment(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();

        Assert.Equal(AcknowledgementResult.Recorded, await new ProtocolAcknowledgements(db, database.Time).AcknowledgeAsync("tom.hendriks", 1));

        await using var check = database.NewContext();
        var row = await check.ProtocolAcknowledgements.SingleAsync(a => a.StaffId == "tom.hendriks");
        Assert.Equal(database.Time.GetUtcNow(), row.AcknowledgedAt);
        Assert.True(await new ProtocolAcknowledgements(check, database.Time).HasAcknowledgedCurrentAsync("tom.hendriks"));
    }

    private static ProtocolwachtDbContext Context(TestDatabase database, CapturedLogs logs, IInterceptor? interceptor)
    {
        var options = new DbContextOptionsBuilder<ProtocolwachtDbContext>();
        database.Settings.Configure(options);
        options.UseLoggerFactory(LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Debug)));
        if (interceptor is not null)
        {
            options.AddInterceptors(interceptor);
        }

        return new ProtocolwachtDbContext(options.Options);
    }

    /// <summary>Just before this request's insert runs, another request (its own connection) records the same acknowledgement.</summary>
    private sealed class OtherRequestFirst(TestDatabase database) : DbCommandInterceptor
    {
        public bool Inserted { get; private set; }

        public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            await OtherInsertsAsync(command, cancellationToken);
            return result;
        }

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            await OtherInsertsAsync(command, cancellationToken);
            return result;
        }

        private async Task OtherInsertsAsync(DbCommand command, CancellationToken cancellationToken)
        {
            if (Inserted || !command.CommandText.Contains("INSERT INTO \"protocol_acknowledgements\"", StringComparison.Ordinal))
            {
                return;
            }

            Inserted = true;
            await using var other = database.NewContext();
            other.ProtocolAcknowledgements.Add(new ProtocolAcknowledgementEntity { StaffId = "tom.hendriks", VersionNumber = 1, AcknowledgedAt = database.Time.GetUtcNow() });
            await other.SaveChangesAsync(cancellationToken);
        }
    }
}
