using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using Protocolwacht.Connectors.Bluesky;
using Protocolwacht.Connectors.Facebook;
using Protocolwacht.Connectors.Instagram;
using Protocolwacht.Connectors.LinkedIn;
using Protocolwacht.Connectors.Mastodon;
using Protocolwacht.Connectors.Timeline;
using Protocolwacht.Connectors.X;
using Protocolwacht.TestSupport.Platforms;
using Protocolwacht.TestSupport.Platforms.Bluesky;
using Protocolwacht.TestSupport.Platforms.Facebook;
using Protocolwacht.TestSupport.Platforms.Instagram;
using Protocolwacht.TestSupport.Platforms.LinkedIn;
using Protocolwacht.TestSupport.Platforms.Mastodon;
using Protocolwacht.TestSupport.Platforms.X;

namespace Protocolwacht.Connectors.Tests.Timeline;

/// <summary>"List the account's recent posts" on each platform's local server: newest first, page by page, to the end.</summary>
public sealed partial class TimelineReadTests : IDisposable
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-24T04:30:00Z", CultureInfo.InvariantCulture);
    private readonly FakeTimeProvider time = new(Now);
    private readonly HttpClient http = new();

    public void Dispose() => http.Dispose();

    [Fact]
    public async Task Mastodon_FivePosts_ThreePagesNewestFirst_TextWithoutHtml()
    {
        var platform = new MastodonServer();
        await using var server = await LocalPlatformServer.StartAsync(platform.Map);
        for (var i = 0; i < 5; i++)
        {
            platform.AddStatus($"<p>Bericht {i} &amp; meer</p>", Now.AddMinutes(i));
        }

        var reader = new MastodonConnector(http, new MastodonOptions(), time);
        var (posts, pages) = await ReadAllAsync(reader, new PlatformCredentials(MastodonServer.Token) { AccountId = MastodonServer.AccountId, InstanceBaseUrl = server.BaseUrl });

        Assert.Equal(3, pages);
        Assert.Equal(["Bericht 4 & meer", "Bericht 3 & meer", "Bericht 2 & meer", "Bericht 1 & meer", "Bericht 0 & meer"], posts.Select(p => p.Text));
        Assert.Equal(Now.AddMinutes(4), posts[0].CreatedAt);
        Assert.NotNull(posts[0].Url);
    }

    [Fact]
    public async Task Mastodon_WrongToken_FailsWithoutThrowing()
    {
        var platform = new MastodonServer();
        await using var server = await LocalPlatformServer.StartAsync(platform.Map);
        var reader = new MastodonConnector(http, new MastodonOptions(), time);

        var outcome = await reader.ReadTimelineAsync(new TimelineRequest(2), new PlatformCredentials("fout") { AccountId = MastodonServer.AccountId, InstanceBaseUrl = server.BaseUrl }, default);

        Assert.True(Assert.IsType<TimelineOutcome.Failed>(outcome).Permanent);
    }

    [Fact]
    public async Task Bluesky_FiveRecords_ThreePagesNewestFirst_ByAtUri()
    {
        var platform = new BlueskyServer();
        await using var server = await LocalPlatformServer.StartAsync(platform.Map);
        for (var i = 0; i < 5; i++)
        {
            platform.AddRecord($"3kabc{i}", $"Bericht {i}", Now.AddMinutes(i));
        }

        var reader = new BlueskyConnector(http, new BlueskyOptions(), time);
        var (posts, pages) = await ReadAllAsync(reader, new PlatformCredentials(BlueskyServer.AppPassword) { AccountId = BlueskyServer.Handle, InstanceBaseUrl = server.BaseUrl });

        Assert.Equal(3, pages);
        Assert.Equal(["Bericht 4", "Bericht 3", "Bericht 2", "Bericht 1", "Bericht 0"], posts.Select(p => p.Text));
        Assert.StartsWith("at://", posts[0].PlatformId, StringComparison.Ordinal);
        Assert.EndsWith("/app.bsky.feed.post/3kabc4", posts[0].PlatformId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Facebook_FivePosts_FollowsTheAfterCursorUntilNoNextLink()
    {
        var platform = new FacebookServer();
        await using var server = await LocalPlatformServer.StartAsync(platform.Map);
        for (var i = 0; i < 5; i++)
        {
            platform.AddPost($"{FacebookServer.PageId}_{100 + i}", $"Bericht {i}", Now.AddMinutes(i));
        }

        var reader = new FacebookConnector(http, new FacebookOptions { BaseUrl = server.BaseUrl }, time);
        var (posts, pages) = await ReadAllAsync(reader, new PlatformCredentials(FacebookServer.PageToken) { AccountId = FacebookServer.PageId });

        Assert.Equal(3, pages);
        Assert.Equal(["Bericht 4", "Bericht 3", "Bericht 2", "Bericht 1", "Bericht 0"], posts.Select(p => p.Text));
        Assert.Equal($"{FacebookServer.PageId}_104", posts[0].PlatformId);
    }

    [Theory]
    [InlineData("mastodon")]
    [InlineData("bluesky")]
    [InlineData("facebook")]
    [InlineData("x")]
    [InlineData("instagram")]
    [InlineData("linkedin")]
    public async Task GarbledAnswer_FailsForNextRound_NeverAnEmptyPage(string channel)
    {
        var (map, reader, credentials) = channel switch
        {
            "mastodon" => ((Action<Microsoft.AspNetCore.Builder.WebApplication>)new MastodonServer().Map, (Func<Uri, ITimelineReader>)(_ => new MastodonConnector(http, new MastodonOptions(), time)),
                (Func<Uri, PlatformCredentials>)(url => new PlatformCredentials(MastodonServer.Token) { AccountId = MastodonServer.AccountId, InstanceBaseUrl = url })),
            "bluesky" => (new BlueskyServer().Map, _ => new BlueskyConnector(http, new BlueskyOptions(), time),
                url => new PlatformCredentials(BlueskyServer.AppPassword) { AccountId = BlueskyServer.Handle, InstanceBaseUrl = url }),
            "facebook" => (new FacebookServer().Map, url => new FacebookConnector(http, new FacebookOptions { BaseUrl = url }, time),
                _ => new PlatformCredentials(FacebookServer.PageToken) { AccountId = FacebookServer.PageId }),
            "x" => (new XServer().Map, url => new XConnector(http, new XOptions { BaseUrl = url }, time),
                _ => new PlatformCredentials("x-access-1") { AccountId = XServer.UserId }),
            "instagram" => (new InstagramServer().Map, url => new InstagramConnector(http, new InstagramOptions { BaseUrl = url }, time),
                _ => new PlatformCredentials(InstagramServer.Token) { AccountId = InstagramServer.IgUserId }),
            _ => (new LinkedInServer().Map, url => new LinkedInConnector(http, new LinkedInOptions { BaseUrl = url, ApiVersion = LinkedInServer.Version }, time),
                _ => new PlatformCredentials(LinkedInServer.Token) { AccountId = LinkedInServer.Organisation }),
        };
        await using var server = await LocalPlatformServer.StartAsync(map);
        var connector = reader(server.BaseUrl);

        // The same reader reads a page from the server first (Bluesky keeps its session): the failure below is the garbled body's doing.
        Assert.IsType<TimelineOutcome.Page>(await connector.ReadTimelineAsync(new TimelineRequest(5), credentials(server.BaseUrl), default));
        server.Fault = PlatformFault.Garbled();
        var outcome = await connector.ReadTimelineAsync(new TimelineRequest(5), credentials(server.BaseUrl), default);

        var failed = Assert.IsType<TimelineOutcome.Failed>(outcome);
        Assert.False(failed.Permanent);
        Assert.Contains("geen lijst met berichten", failed.Reason, StringComparison.Ordinal);
    }

    private static async Task<(List<TimelinePost> Posts, int Pages)> ReadAllAsync(ITimelineReader reader, PlatformCredentials credentials, int pageSize = 2)
    {
        var posts = new List<TimelinePost>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = Assert.IsType<TimelineOutcome.Page>(await reader.ReadTimelineAsync(new TimelineRequest(pageSize, cursor), credentials, default));
            posts.AddRange(page.Posts);
            cursor = page.NextCursor;
            pages++;
        }
        while (cursor is not null && pages < 10);

        return (posts, pages);
    }
}
