using Protocolwacht.Domain.ProtocolDocument;
using Protocolwacht.Persistence.Database;
using Protocolwacht.Persistence.Protocol;
using Protocolwacht.TestSupport;

namespace Protocolwacht.Persistence.Tests.Protocol;

public sealed class ProtocolVersionsTests
{
    [Theory]
    [AllDatabases]
    public async Task Publish_AddsAVersion_AndKeepsTheOldOneUnchanged(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var versions = new ProtocolVersions(db, database.Time, new Protocolwacht.Persistence.Audit.AuditLog(db, database.Time));
        var changed = ProtocolDocument.Konot with { Title = "Social Media Protocol Konot 2027" };

        var published = await versions.PublishAsync(changed, "Titel bijgewerkt", "sanne.deboer");

        Assert.Equal(2, published.Number);
        Assert.Equal("Social Media Protocol Konot 2027", (await versions.CurrentAsync())!.Document.Title);
        var first = await versions.FindAsync(1);
        Assert.Equal(ProtocolDocument.Konot.Title, first!.Document.Title);
        Assert.Equal(ProtocolDocument.Konot.FindPart("R4")!.PlainText, first.Document.FindPart("R4")!.PlainText);
    }

    [Theory]
    [AllDatabases]
    public async Task Acknowledgement_OfAnOlderVersion_DoesNotCountForTheNewOne(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var acknowledgements = new ProtocolAcknowledgements(db, database.Time);

        Assert.Equal(AcknowledgementResult.Recorded, await acknowledgements.AcknowledgeAsync("tom.hendriks", 1));
        Assert.Equal(AcknowledgementResult.AlreadyRecorded, await acknowledgements.AcknowledgeAsync("tom.hendriks", 1));
        Assert.True(await acknowledgements.HasAcknowledgedCurrentAsync("tom.hendriks"));

        await new ProtocolVersions(db, database.Time, new Protocolwacht.Persistence.Audit.AuditLog(db, database.Time)).PublishAsync(ProtocolDocument.Konot, "Herbevestiging", "sanne.deboer");

        Assert.False(await acknowledgements.HasAcknowledgedCurrentAsync("tom.hendriks"));
        Assert.Equal(AcknowledgementResult.NotCurrentVersion, await acknowledgements.AcknowledgeAsync("tom.hendriks", 1));
        var status = await acknowledgements.StatusOfCurrentAsync();
        Assert.All(status, s => Assert.Null(s.AcknowledgedAt));
        Assert.Equal(17, status.Count);
    }
}
