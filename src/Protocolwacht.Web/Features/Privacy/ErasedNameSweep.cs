using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Domain.Privacy;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Privacy;

namespace Protocolwacht.Web.Features.Privacy;

/// <summary>
/// Takes an erased pupil's name out of the free texts outside the posts themselves: advice questions and answers
/// (append-only steps, each with a redaction record), every stored copy of a post (outbox rows, the sandbox
/// timeline), change requests, notices and mails, reactions fetched from the platforms, incident reports, and the
/// administrators' own free texts (a freeze's reason and lift note, a platform decision's note).
/// A text is tied to the pupil (so their first name alone goes too, <see cref="PupilNameMatcher"/>) when it
/// belongs to or links to a post in <paramref name="tiedPosts"/>. Adds to the caller's unit of work and transaction.
/// </summary>
public sealed class ErasedNameSweep(ProtocolwachtDbContext db, TimeProvider time)
{
    public const string StepGround = "Recht op vergetelheid (AVG art. 17): de naam van een gewiste leerling is uit deze tekst gehaald.";

    /// <param name="steps">The advice steps to redact, collected before the erasure added steps of its own.</param>
    /// <returns>How many rows lost the name.</returns>
    public async Task<int> SweepAsync(PupilNameMatcher name, IReadOnlySet<Guid> tiedPosts, IReadOnlyList<PostTransitionRedactions.Step> steps, string actorId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var changed = await PostTransitionRedactions.RedactAsync(db, steps, actorId, StepGround, now, cancellationToken);
        var tiedLinks = tiedPosts.Select(id => id.ToString()).ToList();
        bool Links(string text) => tiedLinks.Any(id => text.Contains(id, StringComparison.OrdinalIgnoreCase));

        var deliveries = await db.Deliveries.ToListAsync(cancellationToken);
        changed += deliveries.Count(d => d.EraseName(name, tiedPosts.Contains(d.PostId), now));
        var postOfKey = deliveries.GroupBy(d => d.IdempotencyKey, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().PostId, StringComparer.Ordinal);
        foreach (var sandbox in await db.SandboxPublications.ToListAsync(cancellationToken))
        {
            var tied = postOfKey.TryGetValue(sandbox.IdempotencyKey, out var postId) && tiedPosts.Contains(postId);
            changed += Replace(name, tied, sandbox.Text, text => sandbox.Text = text);
        }

        changed += (await db.PostChanges.ToListAsync(cancellationToken)).Count(c => c.EraseName(name, tiedPosts.Contains(c.PostId)));
        changed += (await db.Reactions.ToListAsync(cancellationToken)).Count(r => r.EraseName(name, tiedPosts.Contains(r.PostId)));
        changed += (await db.Incidents.ToListAsync(cancellationToken)).Count(i => i.EraseName(name));
        changed += (await db.PublishingFreezes.ToListAsync(cancellationToken)).Count(f => f.EraseName(name));
        changed += (await db.PlatformDecisions.ToListAsync(cancellationToken)).Count(d => d.EraseName(name));
        foreach (var notice in await db.Notifications.ToListAsync(cancellationToken))
        {
            changed += Replace(name, Links(notice.Link), notice.Text, text => notice.Text = text);
        }

        foreach (var mail in await db.OutgoingMails.ToListAsync(cancellationToken))
        {
            var tied = Links(mail.Body) || name.IsNamedIn(mail.Subject);
            changed += Math.Max(Replace(name, tied, mail.Subject, text => mail.Subject = text), Replace(name, tied, mail.Body, text => mail.Body = text));
        }

        return changed;
    }

    /// <summary>The advice steps of <paramref name="posts"/> whose text mentions the pupil, with the text they get.</summary>
    public static List<PostTransitionRedactions.Step> Steps(PupilNameMatcher name, IEnumerable<Post> posts, IReadOnlySet<Guid> tiedPosts) =>
        [.. posts.SelectMany(p => p.Transitions
            .Where(t => name.IsMentionedIn(t.Reason, tiedPosts.Contains(p.Id)))
            .Select(t => new PostTransitionRedactions.Step(p.Id, t.Sequence, name.Redact(t.Reason!, tiedPosts.Contains(p.Id)))))];

    private static int Replace(PupilNameMatcher name, bool tied, string text, Action<string> set)
    {
        if (!name.IsMentionedIn(text, tied))
        {
            return 0;
        }

        set(name.Redact(text, tied));
        return 1;
    }
}
