using Protocolwacht.Connectors.Timeline;
using Protocolwacht.Connectors.X;
using Protocolwacht.TestSupport.Platforms;
using Protocolwacht.TestSupport.Platforms.X;

namespace Protocolwacht.Connectors.Tests.Timeline;

public sealed partial class TimelineReadTests
{
    [Fact]
    public async Task X_SevenPosts_TwoPagesByNextToken_UserIdLookedUp_TextUnescaped()
    {
        var platform = new XServer();
        await using var server = await LocalPlatformServer.StartAsync(platform.Map);
        for (var i = 0; i < 7; i++)
        {
            platform.AddPost($"186000000000000010{i}", $"Bericht {i} & meer", Now.AddMinutes(i));
        }

        var reader = new XConnector(http, new XOptions { BaseUrl = server.BaseUrl }, time);

        // No user id stored: the reader asks /2/users/me. A page size below X's minimum of 5 is raised to 5 (X would answer 400).
        var (posts, pages) = await ReadAllAsync(reader, new PlatformCredentials("x-access-1"), pageSize: 2);

        Assert.Equal(2, pages);
        Assert.Equal([.. Enumerable.Range(0, 7).Reverse().Select(i => $"Bericht {i} & meer")], posts.Select(p => p.Text));
        Assert.Equal(("1860000000000000106", Now.AddMinutes(6)), (posts[0].PlatformId, posts[0].CreatedAt));
        Assert.EndsWith("/i/web/status/1860000000000000106", posts[0].Url!.AbsoluteUri, StringComparison.Ordinal);
        var reads = server.Received.Where(r => r.Path.StartsWith($"/2/users/{XServer.UserId}/tweets", StringComparison.Ordinal)).ToList();
        Assert.All(reads, r => Assert.Contains("exclude=retweets", r.Query, StringComparison.Ordinal));
        Assert.Contains("pagination_token=5", reads[^1].Query, StringComparison.Ordinal);
        Assert.Contains(server.Received, r => r.Path == "/2/users/me");
    }

    [Fact]
    public async Task X_LongPost_ReadInFullFromTheNoteTweet_NotTheTruncatedText()
    {
        var platform = new XServer();
        await using var server = await LocalPlatformServer.StartAsync(platform.Map);
        var whole = string.Concat(Enumerable.Repeat("Vandaag opende de nieuwe bibliotheek van de school & alle groepen kwamen kijken. ", 5)) + "Dank aan de ouders!";
        platform.AddPost("1860000000000000200", whole, Now);
        var reader = new XConnector(http, new XOptions { BaseUrl = server.BaseUrl }, time);

        var (posts, _) = await ReadAllAsync(reader, new PlatformCredentials("x-access-1") { AccountId = XServer.UserId });

        Assert.True(whole.Length > 280);
        Assert.Equal(whole, Assert.Single(posts).Text); // the end ("Dank aan de ouders!") is only in note_tweet
    }

    [Fact]
    public async Task X_WrongToken_FailsPermanentlyWithoutThrowing()
    {
        var platform = new XServer();
        await using var server = await LocalPlatformServer.StartAsync(platform.Map);
        platform.AddPost("1860000000000000100", "Bericht", Now);
        var reader = new XConnector(http, new XOptions { BaseUrl = server.BaseUrl }, time);

        var outcome = await reader.ReadTimelineAsync(new TimelineRequest(5), new PlatformCredentials("fout") { AccountId = XServer.UserId }, default);

        Assert.True(Assert.IsType<TimelineOutcome.Failed>(outcome).Permanent);
    }
}
