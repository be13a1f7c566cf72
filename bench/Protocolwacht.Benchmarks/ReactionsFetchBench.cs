using System.Diagnostics;
using System.Globalization;
using Protocolwacht.Checks;
using Protocolwacht.Connectors;
using Protocolwacht.Connectors.Facebook;
using Protocolwacht.Connectors.Mastodon;
using Protocolwacht.Connectors.Reactions;
using Protocolwacht.Connectors.X;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.TestSupport.Platforms;
using Protocolwacht.TestSupport.Platforms.Facebook;
using Protocolwacht.TestSupport.Platforms.Mastodon;
using Protocolwacht.TestSupport.Platforms.X;

namespace Protocolwacht.Benchmarks;

/// <summary>
/// <c>-- reactions [accounts] [reactions]</c>: the issue-11 target, 10,000 reactions across 50 accounts fetched
/// and checked. The accounts are spread over three local platform servers (Mastodon: one context call per post;
/// X and Facebook: pages of 100), one post each; the reaction texts are the dev corpus's posts, so some are
/// flagged. Accounts are read one after another and pages in order, as <c>ReactionPollingJob</c> does; every
/// reaction is checked the way <c>ReactionAssessor</c> does. Storing in the database is not part of the figure.
/// </summary>
internal static class ReactionsFetchBench
{
    private static readonly string[] FlagCategories = [Categories.HarmfulStatement, Categories.Profanity, Categories.PersonalData, Categories.Confidential];

    public static async Task RunAsync(int accounts, int reactions)
    {
        var mastodon = new MastodonServer();
        var x = new XServer();
        var facebook = new FacebookServer();
        await using var mastodonServer = await LocalPlatformServer.StartAsync(mastodon.Map);
        await using var xServer = await LocalPlatformServer.StartAsync(x.Map);
        await using var facebookServer = await LocalPlatformServer.StartAsync(facebook.Map);
        using var http = new HttpClient();
        var time = TimeProvider.System;
        IReactionReader[] readers =
        [
            new MastodonConnector(http, new MastodonOptions(), time),
            new XConnector(http, new XOptions { BaseUrl = xServer.BaseUrl }, time),
            new FacebookConnector(http, new FacebookOptions { BaseUrl = facebookServer.BaseUrl }, time),
        ];
        PlatformCredentials[] credentials =
        [
            new(MastodonServer.Token) { AccountId = MastodonServer.AccountId, InstanceBaseUrl = mastodonServer.BaseUrl },
            new("x-access-1") { AccountId = XServer.UserId },
            new(FacebookServer.PageToken) { AccountId = FacebookServer.PageId },
        ];

        var texts = DevCorpus.Requests().Select(r => r.Text).ToArray();
        var posts = new string[accounts];
        var now = time.GetUtcNow();
        for (var a = 0; a < accounts; a++)
        {
            posts[a] = (a % 3) switch
            {
                0 => mastodon.AddStatus("<p>Sportdag</p>", now),
                1 => $"18600000000000{a:D5}",
                _ => $"{FacebookServer.PageId}_{a}",
            };
            var board = (a % 3) switch { 0 => mastodon.Reactions, 1 => x.Reactions, _ => facebook.Reactions };
            for (var r = a; r < reactions; r += accounts)
            {
                board.Place(posts[a], texts[r % texts.Length], now.AddSeconds(-r), handle: $"lezer{r}", name: $"Lezer {r}");
            }
        }

        var checker = ProtocolChecker.Create(OrganisationModel.Demo);
        var requestsBefore = mastodonServer.Received.Count + xServer.Received.Count + facebookServer.Received.Count;
        var clock = Stopwatch.StartNew();
        var fetched = 0;
        var flagged = 0;
        for (var a = 0; a < accounts; a++)
        {
            string? cursor = null;
            do
            {
                var outcome = await readers[a % 3].ReadReactionsAsync(new ReactionsRequest(posts[a], cursor), credentials[a % 3], CancellationToken.None);
                var page = outcome as ReactionsOutcome.Page ?? throw new InvalidOperationException($"Account {a}: {outcome}");
                foreach (var reaction in page.Reactions)
                {
                    fetched++;
                    var result = checker.Check(new CheckRequest(reaction.Text, new AccountContext(AccountKind.Personal, null, readers[a % 3].Channel), null, null, []));
                    flagged += result.Findings.Any(f => FlagCategories.Contains(f.Category)) ? 1 : 0;
                }

                cursor = page.NextCursor;
            }
            while (cursor is not null);
        }

        clock.Stop();
        var calls = mastodonServer.Received.Count + xServer.Received.Count + facebookServer.Received.Count - requestsBefore;
        var invariant = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(invariant, $"{fetched} reacties van {accounts} accounts opgehaald en gecontroleerd in {clock.Elapsed.TotalSeconds:F2} s ({calls} verzoeken aan de platforms, {flagged} gemarkeerd, {fetched / clock.Elapsed.TotalSeconds:F0} reacties per seconde)."));
        if (fetched != reactions)
        {
            throw new InvalidOperationException($"Expected {reactions} reactions, fetched {fetched}.");
        }
    }
}
