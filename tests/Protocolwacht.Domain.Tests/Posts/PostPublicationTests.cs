using Protocolwacht.Domain.Posts;

namespace Protocolwacht.Domain.Tests.Posts;

public class PostPublicationTests
{
    private static readonly TimeSpan Undo = TimeSpan.FromSeconds(30);

    [Fact]
    public void Confirm_ReadyPost_QueuesAfterUndoPeriod()
    {
        var clock = PostFactory.Clock();
        var post = PostFactory.Draft(clock);
        post.RecordCheck(PostFactory.Author, Verdict.Allow, clock);

        var result = post.ConfirmPublication(PostFactory.Author, Verdict.Allow, Undo, clock);

        Assert.True(result.Succeeded);
        Assert.Equal(PostState.Queued, post.State);
        Assert.Equal(clock.GetUtcNow() + Undo, post.ReleaseAt);
    }

    [Fact]
    public void Confirm_ScheduledPost_ReleasesAtTheScheduledMoment()
    {
        var clock = PostFactory.Clock();
        var scheduled = clock.GetUtcNow().AddDays(1);
        var post = PostFactory.Draft(clock, scheduledAt: scheduled);
        post.RecordCheck(PostFactory.Author, Verdict.Allow, clock);

        post.ConfirmPublication(PostFactory.Author, Verdict.Allow, Undo, clock);

        Assert.Equal(scheduled, post.ReleaseAt);
    }

    [Theory]
    [InlineData(Verdict.Doubt)]
    [InlineData(Verdict.Block)]
    public void Confirm_UnapprovedDoubtOrBlock_IsRefused(Verdict verdict)
    {
        var clock = PostFactory.Clock();
        var post = PostFactory.Draft(clock);
        post.RecordCheck(PostFactory.Author, verdict, clock);

        var result = post.ConfirmPublication(PostFactory.Author, verdict, Undo, clock);

        Assert.False(result.Succeeded);
        Assert.NotEqual(PostState.Queued, post.State);
    }

    [Fact]
    public void Confirm_ApprovedDoubt_IsAllowed_ButNotWhenServerNowBlocks()
    {
        var clock = PostFactory.Clock();
        var post = PostFactory.AwaitingAdvice(clock);
        post.Approve(PostFactory.Manager, Verdict.Doubt, null, clock);

        Assert.False(post.ConfirmPublication(PostFactory.Author, Verdict.Block, Undo, clock).Succeeded);
        Assert.True(post.ConfirmPublication(PostFactory.Author, Verdict.Doubt, Undo, clock).Succeeded);
    }

    [Fact]
    public void Cancel_DuringUndoPeriod_ReturnsToPreviousState()
    {
        var clock = PostFactory.Clock();
        var post = PostFactory.Draft(clock);
        post.RecordCheck(PostFactory.Author, Verdict.Allow, clock);
        post.ConfirmPublication(PostFactory.Author, Verdict.Allow, Undo, clock);

        Assert.False(post.CancelPublication("bas.meijer", clock).Succeeded);
        Assert.True(post.CancelPublication(PostFactory.Author, clock).Succeeded);

        Assert.Equal(PostState.Ready, post.State);
        Assert.Null(post.ReleaseAt);
        Assert.Equal(PostAction.PublicationCancelled, post.Transitions[^1].Action);
    }

    [Fact]
    public void Edit_WhileQueued_IsRefused()
    {
        var clock = PostFactory.Clock();
        var post = PostFactory.Draft(clock);
        post.RecordCheck(PostFactory.Author, Verdict.Allow, clock);
        post.ConfirmPublication(PostFactory.Author, Verdict.Allow, Undo, clock);

        Assert.False(post.Edit(PostFactory.Author, PostFactory.Content("x"), null, clock).Succeeded);
    }
}
