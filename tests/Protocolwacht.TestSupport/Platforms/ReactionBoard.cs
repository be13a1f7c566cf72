using System.Collections.Concurrent;

namespace Protocolwacht.TestSupport.Platforms;

/// <summary>One reaction placed on a local platform server, in the platform-neutral shape the fakes render.</summary>
/// <param name="ParentId">The post or reaction it answers.</param>
public sealed record PlacedReaction(string Id, string PostId, string ParentId, string AuthorId, string Handle, string Name, string Text, DateTimeOffset CreatedAt);

/// <summary>A report of a reaction received through a platform's moderation API, in the platform's own category.</summary>
public sealed record PlacedReport(string ReactionId, string Category, string? Comment);

/// <summary>
/// The reactions a local platform server holds, per post, oldest first, with the ones hidden through its
/// API. <see cref="RateLimitedReads"/> makes the next reads answer the platform's "too many requests".
/// </summary>
/// <param name="idFormat">Turns a running number into the platform's id shape (a URN, an AT URI); plain numbers by default.</param>
public sealed class ReactionBoard(Func<int, string>? idFormat = null)
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<PlacedReaction>> byPost = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> hidden = new(StringComparer.Ordinal);
    private int nextId = 700_000;
    private int rateLimitedReads;

    /// <summary>How many of the next reads are refused as rate limited (counted down per read).</summary>
    public int RateLimitedReads
    {
        get => Volatile.Read(ref rateLimitedReads);
        set => Volatile.Write(ref rateLimitedReads, value);
    }

    public IReadOnlyCollection<string> Hidden => [.. hidden.Keys];

    /// <summary>The reports received through the platform's moderation API, in order.</summary>
    public ConcurrentQueue<PlacedReport> Reports { get; } = new();

    /// <summary>Places a reaction on a post (or, with <paramref name="parentId"/>, on another reaction of it).</summary>
    public PlacedReaction Place(string postId, string text, DateTimeOffset createdAt, string handle = "ouder123", string name = "Een Ouder", string? authorId = null, string? parentId = null, string? id = null)
    {
        var reaction = new PlacedReaction(
            id ?? (idFormat ?? (n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)))(Interlocked.Increment(ref nextId)),
            postId,
            parentId ?? postId,
            authorId ?? "author-" + handle,
            handle,
            name,
            text,
            createdAt);
        byPost.GetOrAdd(postId, _ => new ConcurrentQueue<PlacedReaction>()).Enqueue(reaction);
        return reaction;
    }

    public IReadOnlyList<PlacedReaction> On(string postId) =>
        byPost.TryGetValue(postId, out var queue) ? [.. queue.OrderBy(r => r.CreatedAt)] : [];

    public PlacedReaction? Find(string id) =>
        byPost.Values.SelectMany(q => q).FirstOrDefault(r => r.Id == id);

    /// <summary>True when the reaction exists; it is then hidden.</summary>
    public bool Hide(string id)
    {
        if (Find(id) is null)
        {
            return false;
        }

        hidden[id] = true;
        return true;
    }

    public bool IsHidden(string id) => hidden.ContainsKey(id);

    /// <summary>True (and counts one down) when this read must be refused as rate limited.</summary>
    public bool TakeRateLimit()
    {
        while (true)
        {
            var left = Volatile.Read(ref rateLimitedReads);
            if (left <= 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref rateLimitedReads, left - 1, left) == left)
            {
                return true;
            }
        }
    }
}
