using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using Protocolwacht.Connectors.Facebook;
using Protocolwacht.Connectors.Reactions;
using Protocolwacht.Connectors.Tests.Reactions;
using Protocolwacht.TestSupport.Platforms;
using Protocolwacht.TestSupport.Platforms.Facebook;

namespace Protocolwacht.Connectors.Tests.Facebook;

public sealed class FacebookRepliesTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-24T04:30:00Z", CultureInfo.InvariantCulture);
    private static readonly PlatformCredentials Credentials = new(FacebookServer.PageToken) { AccountId = FacebookServer.PageId };
    private const string Post = FacebookServer.PageId + "_900";
    private const string Text = "Dank voor uw reactie. Wilt u hierover contact opnemen met de directeur?";
    private readonly FacebookServer platform = new();
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
    public async Task Reply_ToAComment_IsACommentOnTheCommentAndShowsInTheThreadAsTheAccountsOwn()
    {
        var comment = platform.Reactions.Place(Post, "Waarom hoor ik dit pas nu?", Now);

        var outcome = await Connector().ReplyAsync(Request(comment.Id), Credentials, default);

        var published = Assert.IsType<PublishOutcome.Published>(outcome);
        var request = server.Received.Single(r => r.Method == "POST");
        Assert.Equal($"/v24.0/{comment.Id}/comments", request.Path);
        Assert.Contains("message=Dank+voor+uw+reactie", request.Body, StringComparison.Ordinal);
        Assert.Contains($"access_token={FacebookServer.PageToken}", request.Body, StringComparison.Ordinal);
        Assert.Equal(comment.Id, platform.Replies[published.PlatformPostId]);
        var (reactions, _) = await ReactionPages.ReadAllAsync(Connector(), Post, Credentials);
        var own = reactions.Single(r => r.PlatformId == published.PlatformPostId);
        Assert.Equal((true, comment.Id, Text), (own.FromAccount, own.InReplyToId, own.Text));
    }

    [Fact]
    public async Task FindReply_AfterAnAnswerThatNeverCame_FindsTheReplyInTheThreadInsteadOfReplyingAgain()
    {
        var comment = platform.Reactions.Place(Post, "Waarom hoor ik dit pas nu?", Now);
        var reconcile = new ReconcileRequest("regenboog-facebook", PostFingerprint.Compute("regenboog-facebook", Text), Now, "key-1");
        var target = new ReplyTarget(Post, comment.Id);
        Assert.IsType<ReconcileOutcome.NotFound>(await Connector().FindReplyAsync(reconcile, target, Credentials, default));

        platform.StallAfterReplying = true;
        var outcome = await Connector(TimeSpan.FromMilliseconds(300)).ReplyAsync(Request(comment.Id), Credentials, default);

        Assert.IsType<PublishOutcome.Unknown>(outcome);
        var placed = Assert.Single(platform.Replies).Key;
        var found = Assert.IsType<ReconcileOutcome.Found>(await Connector().FindReplyAsync(reconcile, target, Credentials, default));
        Assert.Equal(placed, found.PlatformPostId);
    }

    [Fact]
    public async Task Reply_ToACommentThatIsGone_FailsPermanentlyWithGraphsMessage()
    {
        var outcome = await Connector().ReplyAsync(Request(FacebookServer.PageId + "_404"), Credentials, default);

        var failed = Assert.IsType<PublishOutcome.Failed>(outcome);
        Assert.True(failed.Permanent);
        Assert.Contains("does not exist", failed.PlatformMessage, StringComparison.Ordinal);
        Assert.Empty(platform.Replies);
    }

    private static PublishRequest Request(string commentId) => new(Text, "key-1") { ReplyTo = new ReplyTarget(Post, commentId) };

    // A timeout runs on the connector's clock: a stalled answer needs the real one.
    private FacebookConnector Connector(TimeSpan? timeout = null) => timeout is { } t
        ? new(http, new FacebookOptions { BaseUrl = server.BaseUrl, ReactionPageSize = 2, Timeout = t }, TimeProvider.System)
        : new(http, new FacebookOptions { BaseUrl = server.BaseUrl, ReactionPageSize = 2 }, time);
}
