using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Consent;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Features.Consent;

namespace Protocolwacht.Web.Tests.Infrastructure.Database;

/// <summary>
/// The seam the web tests share an app through (<see cref="ProtocolwachtApp.UseFreshDatabaseAsync"/>): the app resolves
/// its database per scope, so after the move its pages read and write a new, seeded database, and the old one is left
/// as it was (a new database, not an emptied one).
/// </summary>
public sealed class FreshDatabaseTests
{
    [Theory]
    [AllDatabases]
    public async Task AfterTheMove_ThePagesWorkOnANewSeededDatabase_AndTheOldOneKeepsWhatWasWritten(DatabaseProvider provider)
    {
        await using var app = await ProtocolwachtApp.StartAsync(o =>
        {
            o.Database = provider;
            o.FreshDatabases = true;
        });
        using (var sanne = await app.SignInAsync("sanne.deboer"))
        {
            var withdrawn = await sanne.PostAsJsonAsync(new Uri("/api/consent/students/noah.bos", UriKind.Relative),
                new ConsentChangeBody(ConsentPurpose.PhotoOnSocialMedia, "unknown", "ellen.bos", null, true, "Ingetrokken per mail"));
            Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
            Assert.Equal("no", (await ConsentOfNoahAsync(sanne))!.Current[ConsentPurpose.PhotoOnSocialMedia]);
        }

        var old = new DatabaseSettings(provider, provider == DatabaseProvider.Sqlite ? app.SqliteConnectionString : app.PostgresConnectionString!);
        var staff = await app.WithDbAsync(db => db.Staff.CountAsync());

        await app.UseFreshDatabaseAsync();

        using var again = await app.SignInAsync("sanne.deboer");
        var consent = await ConsentOfNoahAsync(again);
        Assert.Equal("yes", consent!.Current[ConsentPurpose.PhotoOnSocialMedia]);
        Assert.All(consent.History, c => Assert.Equal("import", c.ChangedBy));
        Assert.Equal(staff, await app.WithDbAsync(db => db.Staff.CountAsync()));
        Assert.NotEqual(old.ConnectionString, provider == DatabaseProvider.Sqlite ? app.SqliteConnectionString : app.PostgresConnectionString);
        var options = new DbContextOptionsBuilder<ProtocolwachtDbContext>();
        old.Configure(options);
        await using var oldDb = new ProtocolwachtDbContext(options.Options);
        Assert.Equal(1, await oldDb.ConsentChanges.CountAsync(c => c.WithdrawnAt != null));
    }

    private static Task<StudentConsentDto?> ConsentOfNoahAsync(AppClient client) =>
        client.GetFromJsonAsync<StudentConsentDto>(new Uri("/api/consent/students/noah.bos", UriKind.Relative));
}
