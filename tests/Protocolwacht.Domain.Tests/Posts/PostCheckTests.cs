using Protocolwacht.Domain.Posts;

namespace Protocolwacht.Domain.Tests.Posts;

public class PostCheckTests
{
    [Theory]
    [InlineData(Verdict.Allow, PostState.Ready)]
    [InlineData(Verdict.Doubt, PostState.AdviceNeeded)]
    [InlineData(Verdict.Block, PostState.MustChange)]
    public void RecordCheck_Verdict_MovesToMatchingState(Verdict verdict, PostState expected)
    {
        var clock = PostFactory.Clock();
        var post = PostFactory.Draft(clock);

        var result = post.RecordCheck(PostFactory.Author, verdict, clock);

        Assert.True(result.Succeeded);
        Assert.Equal(expected, post.State);
        Assert.Equal(PostAction.Checked, post.Transitions[^1].Action);
    }

    [Fact]
    public void CreateDraft_RecordsWhoAndWhen()
    {
        var clock = PostFactory.Clock();
        var post = PostFactory.Draft(clock);

        var created = Assert.Single(post.Transitions);
        Assert.Equal(PostAction.Created, created.Action);
        Assert.Equal(PostFactory.Author, created.ActorId);
        Assert.Equal(clock.GetUtcNow(), created.At);
        Assert.Equal(PostState.Draft, post.State);
    }

    [Fact]
    public void RecordCheck_SameVerdictTwice_RecordsOnce()
    {
        var clock = PostFactory.Clock();
        var post = PostFactory.Draft(clock);

        post.RecordCheck(PostFactory.Author, Verdict.Allow, clock);
        post.RecordCheck(PostFactory.Author, Verdict.Allow, clock);

        Assert.Equal(2, post.Transitions.Count);
    }

    [Fact]
    public void Edit_ByAnotherPerson_IsRefused()
    {
        var clock = PostFactory.Clock();
        var post = PostFactory.Draft(clock);

        var result = post.Edit("bas.meijer", PostFactory.Content("Andere tekst"), null, clock);

        Assert.False(result.Succeeded);
        Assert.Equal("Wat een mooie sportdag vandaag!", post.Text);
    }

    [Fact]
    public void Edit_WhileAdviceRequested_LapsesTheRequest()
    {
        var clock = PostFactory.Clock();
        var post = PostFactory.AwaitingAdvice(clock);

        var result = post.Edit(PostFactory.Author, PostFactory.Content("Nieuwe tekst"), null, clock);

        Assert.True(result.Succeeded);
        Assert.Equal(PostState.Draft, post.State);
        Assert.Null(post.ApproverId);
        Assert.NotNull(post.Transitions[^1].Reason);
    }

    [Fact]
    public void Transitions_AreNumberedInOrderWithTheClocksTime()
    {
        var clock = PostFactory.Clock();
        var post = PostFactory.Draft(clock);
        clock.Advance(TimeSpan.FromMinutes(3));
        post.RecordCheck(PostFactory.Author, Verdict.Allow, clock);

        Assert.Equal([1, 2], post.Transitions.Select(t => t.Sequence));
        Assert.Equal(clock.GetUtcNow(), post.Transitions[1].At);
        Assert.Equal(2, post.Version);
    }
}
