using Protocolwacht.Domain.Posts;

namespace Protocolwacht.Domain.Tests.Posts;

public class PostAdviceTests
{
    [Fact]
    public void RequestAdvice_OnBlockedPost_IsRefused()
    {
        var clock = PostFactory.Clock();
        var post = PostFactory.Draft(clock);
        post.RecordCheck(PostFactory.Author, Verdict.Block, clock);

        var result = post.RequestAdvice(PostFactory.Author, Verdict.Block, PostFactory.Manager, null, null, clock);

        Assert.False(result.Succeeded);
        Assert.Equal(PostState.MustChange, post.State);
    }

    [Fact]
    public void RequestAdvice_FromOneself_IsRefused()
    {
        var clock = PostFactory.Clock();
        var post = PostFactory.Draft(clock);
        post.RecordCheck(PostFactory.Author, Verdict.Doubt, clock);

        var result = post.RequestAdvice(PostFactory.Author, Verdict.Doubt, PostFactory.Author, null, null, clock);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public void Approve_ByAssignedManager_ApprovesThisContent()
    {
        var clock = PostFactory.Clock();
        var post = PostFactory.AwaitingAdvice(clock);

        var result = post.Approve(PostFactory.Manager, Verdict.Doubt, "Prima zo.", clock);

        Assert.True(result.Succeeded);
        Assert.Equal(PostState.Approved, post.State);
        Assert.True(post.IsApprovedAsIs);
        Assert.Equal(PostFactory.Manager, post.Transitions[^1].ActorId);
        Assert.Equal("Prima zo.", post.Transitions[^1].Reason);
    }

    [Fact]
    public void Approve_ByOtherManager_IsRefused()
    {
        var clock = PostFactory.Clock();
        var post = PostFactory.AwaitingAdvice(clock);

        Assert.False(post.Approve("youssef.bakker", Verdict.Doubt, null, clock).Succeeded);
        Assert.Equal(PostState.AdviceRequested, post.State);
    }

    [Fact]
    public void Approve_WhenCheckNowBlocks_IsRefused()
    {
        var clock = PostFactory.Clock();
        var post = PostFactory.AwaitingAdvice(clock);

        Assert.False(post.Approve(PostFactory.Manager, Verdict.Block, null, clock).Succeeded);
    }

    [Fact]
    public void Return_WithoutComment_IsRefused_AndWithCommentReturns()
    {
        var clock = PostFactory.Clock();
        var post = PostFactory.AwaitingAdvice(clock);

        Assert.False(post.Return(PostFactory.Manager, "  ", clock).Succeeded);
        Assert.True(post.Return(PostFactory.Manager, "Laat de naam weg.", clock).Succeeded);
        Assert.Equal(PostState.Returned, post.State);
        Assert.Equal("Laat de naam weg.", post.Transitions[^1].Reason);
    }

    [Fact]
    public void ApprovedPost_WhoseTextChanged_NeedsApprovalAgain()
    {
        var clock = PostFactory.Clock();
        var post = PostFactory.AwaitingAdvice(clock);
        post.Approve(PostFactory.Manager, Verdict.Doubt, null, clock);

        post.Edit(PostFactory.Author, PostFactory.Content("Wat een mooie sportdag vandaag!!"), null, clock);
        post.RecordCheck(PostFactory.Author, Verdict.Doubt, clock);

        Assert.Equal(PostState.AdviceNeeded, post.State);
        Assert.False(post.MayBePublished(Verdict.Doubt));
    }

    [Fact]
    public void ApprovedPost_EditedBackToTheApprovedText_IsApprovedAgain()
    {
        var clock = PostFactory.Clock();
        var post = PostFactory.AwaitingAdvice(clock);
        post.Approve(PostFactory.Manager, Verdict.Doubt, null, clock);
        post.Edit(PostFactory.Author, PostFactory.Content("iets anders"), null, clock);

        post.Edit(PostFactory.Author, PostFactory.Content(), null, clock);
        post.RecordCheck(PostFactory.Author, Verdict.Doubt, clock);

        Assert.Equal(PostState.Approved, post.State);
    }

    [Fact]
    public void Escalate_BeforeDeadline_IsRefused_AfterDeadline_MovesToNextManager()
    {
        var clock = PostFactory.Clock();
        var deadline = clock.GetUtcNow().AddHours(1);
        var post = PostFactory.AwaitingAdvice(clock, deadline);

        Assert.False(post.Escalate("marieke.jansen", null, clock).Succeeded);
        clock.Advance(TimeSpan.FromHours(1));
        var result = post.Escalate("marieke.jansen", null, clock);

        Assert.True(result.Succeeded);
        Assert.Equal("marieke.jansen", post.ApproverId);
        Assert.Equal(PostAction.Escalated, post.Transitions[^1].Action);
        Assert.Equal(PostTransition.SystemActor, post.Transitions[^1].ActorId);
        Assert.False(post.Approve(PostFactory.Manager, Verdict.Doubt, null, clock).Succeeded);
        Assert.True(post.Approve("marieke.jansen", Verdict.Doubt, null, clock).Succeeded);
    }
}
