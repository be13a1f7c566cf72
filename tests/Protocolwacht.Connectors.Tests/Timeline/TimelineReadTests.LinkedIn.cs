using Protocolwacht.Connectors.LinkedIn;
using Protocolwacht.Connectors.Timeline;
using Protocolwacht.TestSupport.Platforms;
using Protocolwacht.TestSupport.Platforms.LinkedIn;

namespace Protocolwacht.Connectors.Tests.Timeline;

public sealed partial class TimelineReadTests
{
    [Fact]
    public async Task LinkedIn_FourPosts_PagesByStartAndCount_StopsAtTheTotal_CommentaryUnescaped()
    {
        var platform = new LinkedInServer();
        await using var server = await LocalPlatformServer.StartAsync(platform.Map);
        for (var i = 0; i < 4; i++)
        {
            platform.AddPost($"urn:li:share:730000000000000000{i}", $"Sportdag \\(groep {i}\\)", Now.AddMinutes(i));
        }

        var reader = new LinkedInConnector(http, new LinkedInOptions { BaseUrl = server.BaseUrl, ApiVersion = LinkedInServer.Version }, time);
        var (posts, pages) = await ReadAllAsync(reader, new PlatformCredentials(LinkedInServer.Token) { AccountId = "5515715" });

        // Two full pages: the total (4) ends the reading without asking for an empty third page.
        Assert.Equal(2, pages);
        Assert.Equal(["Sportdag (groep 3)", "Sportdag (groep 2)", "Sportdag (groep 1)", "Sportdag (groep 0)"], posts.Select(p => p.Text));
        Assert.Equal(("urn:li:share:7300000000000000003", Now.AddMinutes(3)), (posts[0].PlatformId, posts[0].CreatedAt));
        Assert.EndsWith("/feed/update/urn:li:share:7300000000000000003/", posts[0].Url!.AbsoluteUri, StringComparison.Ordinal);
        var reads = server.Received.Where(r => r.Path == "/rest/posts").ToList();
        Assert.Equal(2, reads.Count);
        Assert.Contains("start=2", reads[1].Query, StringComparison.Ordinal);
        Assert.Contains(Uri.EscapeDataString(LinkedInServer.Organisation), reads[0].Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LinkedIn_WrongToken_FailsPermanentlyWithoutThrowing()
    {
        var platform = new LinkedInServer();
        await using var server = await LocalPlatformServer.StartAsync(platform.Map);
        platform.AddPost("urn:li:share:7300000000000000001", "Bericht", Now);
        var reader = new LinkedInConnector(http, new LinkedInOptions { BaseUrl = server.BaseUrl, ApiVersion = LinkedInServer.Version }, time);

        var outcome = await reader.ReadTimelineAsync(new TimelineRequest(2), new PlatformCredentials("fout") { AccountId = LinkedInServer.Organisation }, default);

        Assert.True(Assert.IsType<TimelineOutcome.Failed>(outcome).Permanent);
    }
}
