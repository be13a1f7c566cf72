using Protocolwacht.Domain.Posts;

namespace Protocolwacht.Domain.Tests.Posts;

/// <summary>Issue #7 item 14: publication is a state of its own, recorded once in the history, and final.</summary>
public class PostPublishedTests
{
    [Fact]
    public void RecordPublished_QueuedPost_IsPublishedWithAHistoryEntryBySystem()
    {
        var clock = PostFactory.Clock();
        var post = PostFactory.Draft(clock);
        post.RecordCheck(PostFactory.Author, Verdict.Allow, clock);
        post.ConfirmPublication(PostFactory.Author, Verdict.Allow, TimeSpan.FromSeconds(30), clock);
        clock.Advance(TimeSpan.FromMinutes(1));

        Assert.True(post.RecordPublished(clock));
        Assert.False(post.RecordPublished(clock)); // a second delivery finishing records nothing more

        Assert.Equal(PostState.Published, post.State);
        Assert.Equal("gepubliceerd", post.State.ToDutch());
        var last = post.Transitions[^1];
        Assert.Equal((PostAction.Published, PostTransition.SystemActor, clock.GetUtcNow()), (last.Action, last.ActorId, last.At));
        Assert.Single(post.Transitions, t => t.Action == PostAction.Published);
    }

    [Fact]
    public void PublishedPost_CannotBeEditedOrRecheckedIntoAnotherState()
    {
        var clock = PostFactory.Clock();
        var post = PostFactory.Draft(clock);
        post.RecordCheck(PostFactory.Author, Verdict.Allow, clock);
        post.ConfirmPublication(PostFactory.Author, Verdict.Allow, TimeSpan.FromSeconds(30), clock);
        post.RecordPublished(clock);

        Assert.False(post.Edit(PostFactory.Author, PostFactory.Content("Iets anders"), null, clock).Succeeded);
        Assert.False(post.RecordCheck(PostFactory.Author, Verdict.Block, clock).Succeeded);
        Assert.Equal(PostState.Published, post.State);
    }

    [Fact]
    public void RecordPublished_PostThatWasNeverConfirmed_ChangesNothing()
    {
        var clock = PostFactory.Clock();
        var post = PostFactory.Draft(clock);

        Assert.False(post.RecordPublished(clock));
        Assert.Equal(PostState.Draft, post.State);
    }
}
