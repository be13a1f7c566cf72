using Protocolwacht.Connectors.Instagram;
using Protocolwacht.Connectors.Timeline;
using Protocolwacht.TestSupport.Platforms;
using Protocolwacht.TestSupport.Platforms.Instagram;

namespace Protocolwacht.Connectors.Tests.Timeline;

public sealed partial class TimelineReadTests
{
    [Fact]
    public async Task Instagram_FiveMedia_FollowsTheAfterCursorWhileThereIsANextLink()
    {
        var platform = new InstagramServer();
        await using var server = await LocalPlatformServer.StartAsync(platform.Map);
        for (var i = 0; i < 5; i++)
        {
            platform.AddMedia($"1800000000000000{i}", $"Bijschrift {i}", Now.AddMinutes(i));
        }

        var reader = new InstagramConnector(http, new InstagramOptions { BaseUrl = server.BaseUrl }, time);
        var (posts, pages) = await ReadAllAsync(reader, new PlatformCredentials(InstagramServer.Token) { AccountId = InstagramServer.IgUserId });

        Assert.Equal(3, pages);
        Assert.Equal(["Bijschrift 4", "Bijschrift 3", "Bijschrift 2", "Bijschrift 1", "Bijschrift 0"], posts.Select(p => p.Text));
        Assert.Equal(("18000000000000004", Now.AddMinutes(4)), (posts[0].PlatformId, posts[0].CreatedAt));
        Assert.StartsWith("https://www.instagram.com/p/", posts[0].Url!.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Instagram_WrongToken_FailsPermanentlyWithoutThrowing()
    {
        var platform = new InstagramServer();
        await using var server = await LocalPlatformServer.StartAsync(platform.Map);
        platform.AddMedia("18000000000000001", "Bijschrift", Now);
        var reader = new InstagramConnector(http, new InstagramOptions { BaseUrl = server.BaseUrl }, time);

        var outcome = await reader.ReadTimelineAsync(new TimelineRequest(2), new PlatformCredentials("fout") { AccountId = InstagramServer.IgUserId }, default);

        Assert.True(Assert.IsType<TimelineOutcome.Failed>(outcome).Permanent);
    }
}
