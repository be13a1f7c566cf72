using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using Protocolwacht.Connectors.Instagram;
using Protocolwacht.Connectors.Reactions;
using Protocolwacht.Connectors.Tests.Reactions;
using Protocolwacht.TestSupport.Platforms;
using Protocolwacht.TestSupport.Platforms.Instagram;

namespace Protocolwacht.Connectors.Tests.Instagram;

public sealed class InstagramRepliesTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-24T04:30:00Z", CultureInfo.InvariantCulture);
    private static readonly PlatformCredentials Credentials = new(InstagramServer.Token) { AccountId = InstagramServer.IgUserId };
    private const string Media = "17900000000000001";
    private const string Text = "Dank voor uw vraag. Wilt u ons even bellen of mailen?";
    private readonly InstagramServer platform = new();
    private readonly FakeTimeProvider time = new(Now);
    private readonly HttpClient http = new();
    private LocalPlatformServer server = null!;

    public async Task InitializeAsync() => server = await LocalPlatformServer.StartAsync(platform.Map);

    public async Task DisposeAsync()
    {
        http.Dispose();
        await server.DisposeAsync();
    }

    [Fact]
    public async Task Reply_GoesOnTheCommentsRepliesEdgeAndIsFoundThereNotAmongTopLevelComments()
    {
        var comment = platform.Reactions.Place(Media, "Waarom staat mijn kind erop?", Now);
        var target = new ReplyTarget(Media, comment.Id);
        var reconcile = new ReconcileRequest("kompas-instagram", PostFingerprint.Compute("kompas-instagram", Text), Now, "k");
        Assert.IsType<ReconcileOutcome.NotFound>(await Connector().FindReplyAsync(reconcile, target, Credentials, default));

        var published = Assert.IsType<PublishOutcome.Published>(await Connector().ReplyAsync(new PublishRequest(Text, "k") { ReplyTo = target }, Credentials, default));

        var request = server.Received.Single(r => r.Method == "POST");
        Assert.Equal($"/v24.0/{comment.Id}/replies", request.Path);
        Assert.Contains("message=Dank+voor+uw+vraag", request.Body, StringComparison.Ordinal);
        Assert.Equal(comment.Id, platform.Replies[published.PlatformPostId]);
        var (topLevel, _) = await ReactionPages.ReadAllAsync(Connector(), Media, Credentials);
        Assert.Equal([comment.Id], topLevel.Select(r => r.PlatformId));
        var found = Assert.IsType<ReconcileOutcome.Found>(await Connector().FindReplyAsync(reconcile, target, Credentials, default));
        Assert.Equal(published.PlatformPostId, found.PlatformPostId);
        Assert.Contains(server.Received, r => r.Method == "GET" && r.Path == $"/v24.0/{comment.Id}/replies");
    }

    private InstagramConnector Connector() => new(http, new InstagramOptions { BaseUrl = server.BaseUrl, ReactionPageSize = 2 }, time);
}
