using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Protocolwacht.Connectors;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Protocol;
using Protocolwacht.TestSupport.Platforms.Mastodon;
using Protocolwacht.Web.Features.Publishing;

namespace Protocolwacht.Web.Tests.Publishing;

/// <summary>
/// Puts confirmed posts in the outbox the way the confirmation step does (post queued, one delivery per
/// account, one transaction), for the Mastodon account of Sint Jozef connected to a local server.
/// </summary>
public static class PublishingSeed
{
    public const string Account = "sintjozef-mastodon";
    public const string Author = "linda.koster";

    public static async Task ConnectAccountAsync(IServiceProvider services, Uri instance)
    {
        ArgumentNullException.ThrowIfNull(services);
        var credentials = services.GetRequiredService<AccountCredentials>();
        await credentials.ReplaceAsync(Account, new PlatformCredentials(MastodonServer.Token) { AccountId = MastodonServer.AccountId, InstanceBaseUrl = instance }, CancellationToken.None);
    }

    /// <returns>The texts, in order; text i is scheduled at <paramref name="dueAt"/>(i), or due at once when that is null.</returns>
    public static async Task<IReadOnlyList<string>> QueueAsync(IServiceProvider services, TimeProvider clock, int count, Func<int, DateTimeOffset?> dueAt, string prefix, string account = Account, string channel = "mastodon")
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(dueAt);
        var texts = new List<string>(count);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProtocolwachtDbContext>();
        // Confirming needs "gelezen en begrepen" of the current protocol, and so does each delivery.
        var current = await db.ProtocolVersions.MaxAsync(v => v.Number);
        await scope.ServiceProvider.GetRequiredService<IProtocolAcknowledgements>().AcknowledgeAsync(Author, current);
        for (var i = 0; i < count; i++)
        {
            var text = $"{prefix} bericht {i + 1}: vandaag op school was het weer een mooie dag.";
            var post = Post.CreateDraft(Guid.NewGuid(), Author, new PostContent(text, [account], []), dueAt(i), clock);
            post.RecordCheck(Author, Verdict.Allow, clock);
            post.ConfirmPublication(Author, Verdict.Allow, TimeSpan.Zero, clock);
            db.Posts.Add(post);
            db.Deliveries.Add(Delivery.Create(Guid.NewGuid(), post, account, channel, post.ReleaseAt!.Value, PostFingerprint.Compute(account, text)));
            texts.Add(text);
            if (i % 200 == 199)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }

        await db.SaveChangesAsync();
        return texts;
    }
}
