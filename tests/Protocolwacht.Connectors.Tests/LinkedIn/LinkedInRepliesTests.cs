using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Protocolwacht.Connectors.LinkedIn;
using Protocolwacht.Connectors.Reactions;
using Protocolwacht.Connectors.Tests.Reactions;
using Protocolwacht.TestSupport.Platforms;
using Protocolwacht.TestSupport.Platforms.LinkedIn;

namespace Protocolwacht.Connectors.Tests.LinkedIn;

public sealed class LinkedInRepliesTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-24T04:30:00Z", CultureInfo.InvariantCulture);
    private static readonly PlatformCredentials Credentials = new(LinkedInServer.Token) { AccountId = "5515715" };
    private const string Post = "urn:li:share:7300000000000000001";
    private const string Text = "Dank voor uw reactie. Wilt u hierover contact opnemen met ons kantoor?";
    private readonly LinkedInServer platform = new();
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
    public async Task Reply_IsANestedCommentWithParentCommentAndIsFoundAmongTheCommentsReplies()
    {
        platform.Reactions.Place(Post, "Mooi initiatief", Now, authorId: "urn:li:person:abc");
        var (comments, _) = await ReactionPages.ReadAllAsync(Connector(), Post, Credentials);
        var commentUrn = comments.Single().PlatformId;
        var target = new ReplyTarget(Post, commentUrn);

        var published = Assert.IsType<PublishOutcome.Published>(await Connector().ReplyAsync(new PublishRequest(Text, "k") { ReplyTo = target }, Credentials, default));

        var request = server.Received.Single(r => r.Method == "POST");
        Assert.Equal($"/rest/socialActions/{commentUrn}/comments", Uri.UnescapeDataString(request.Path));
        var body = JsonDocument.Parse(request.Body).RootElement;
        Assert.Equal((LinkedInServer.Organisation, Post, commentUrn, Text),
            (body.GetProperty("actor").GetString(), body.GetProperty("object").GetString(), body.GetProperty("parentComment").GetString(), body.GetProperty("message").GetProperty("text").GetString()));
        Assert.Equal(LinkedInServer.Version, request.Header("LinkedIn-Version"));
        Assert.Equal(commentUrn, platform.Replies[published.PlatformPostId]);
        var (topLevel, _) = await ReactionPages.ReadAllAsync(Connector(), Post, Credentials);
        Assert.Single(topLevel);
        var reconcile = new ReconcileRequest("konot-linkedin", PostFingerprint.Compute("konot-linkedin", Text), Now, "k");
        var found = Assert.IsType<ReconcileOutcome.Found>(await Connector().FindReplyAsync(reconcile, target, Credentials, default));
        Assert.Equal(published.PlatformPostId, found.PlatformPostId);
    }

    private LinkedInConnector Connector() =>
        new(http, new LinkedInOptions { BaseUrl = server.BaseUrl, ApiVersion = LinkedInServer.Version, ReactionPageSize = 2 }, time);
}
