using Microsoft.Extensions.Time.Testing;
using Protocolwacht.Domain.Posts;

namespace Protocolwacht.Domain.Tests.Posts;

internal static class PostFactory
{
    public const string Author = "tom.hendriks";
    public const string Manager = "karin.mulder";

    public static FakeTimeProvider Clock() => new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    public static PostContent Content(string text = "Wat een mooie sportdag vandaag!") =>
        new(text, ["regenboog-x"], []);

    public static Post Draft(TimeProvider clock, string text = "Wat een mooie sportdag vandaag!", DateTimeOffset? scheduledAt = null) =>
        Post.CreateDraft(Guid.NewGuid(), Author, Content(text), scheduledAt, clock);

    public static Post AwaitingAdvice(TimeProvider clock, DateTimeOffset? deadline = null)
    {
        var post = Draft(clock);
        post.RecordCheck(Author, Verdict.Doubt, clock);
        Assert.True(post.RequestAdvice(Author, Verdict.Doubt, Manager, deadline is { } d ? new AdviceTerm(d, null) : null, "Mag dit zo?", clock).Succeeded);
        return post;
    }
}
