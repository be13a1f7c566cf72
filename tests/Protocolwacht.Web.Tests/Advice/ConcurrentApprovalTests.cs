using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Features.Advice;
using Protocolwacht.Web.Features.Posts;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Advice;

/// <summary>
/// Two managers approving the same post at the same moment (found by the 200-user load run: the loser got an
/// error page from the transition log's unique key): one approval counts, the other is told in Dutch.
/// </summary>
public class ConcurrentApprovalTests(FreshDatabaseApp apps) : IClassFixture<FreshDatabaseApp>
{
    private const string DoubtText = "Daan Kok uit groep 3 heeft vandaag de voorleeswedstrijd gewonnen!";

    [Theory]
    [AllDatabases]
    public async Task TwoApprovalsOfOnePostAtOnce_OneCounts_TheOtherIsRefusedInDutch(DatabaseProvider provider)
    {
        var app = await apps.FreshAsync(provider);
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        var id = await tom.ComposeAsync(DoubtText, "regenboog-x");
        await tom.RequestAdviceAsync(id);
        // Both requests have read the post before either saves: the moment two clicks arrive together.
        await using var first = app.Services.CreateAsyncScope();
        await using var second = app.Services.CreateAsyncScope();
        var firstPost = await first.ServiceProvider.GetRequiredService<PostWorkflow>().FindAsync(id, CancellationToken.None);
        var secondPost = await second.ServiceProvider.GetRequiredService<PostWorkflow>().FindAsync(id, CancellationToken.None);

        var won = await first.ServiceProvider.GetRequiredService<AdviceWorkflow>().ApproveAsync(firstPost!, "karin.mulder", null, CancellationToken.None);
        var lost = await second.ServiceProvider.GetRequiredService<AdviceWorkflow>().ApproveAsync(secondPost!, "karin.mulder", null, CancellationToken.None);

        Assert.True(won.Succeeded, won.Error);
        Assert.False(lost.Succeeded);
        Assert.Equal("Iemand anders heeft dit bericht intussen gewijzigd. Laad de pagina opnieuw.", lost.Error);
        Assert.Equal(1, await app.WithDbAsync(db => db.Posts.Where(p => p.Id == id).SelectMany(p => p.Transitions).CountAsync(t => t.To == PostState.Approved)));
    }
}
