using Protocolwacht.Domain.Posts;

namespace Protocolwacht.Domain.Tests.Posts;

public class PostAutosaveTests
{
    [Fact]
    public void Autosave_AfterACheck_RecordsOneEdit_ThenNoMoreWhileTyping()
    {
        var clock = PostFactory.Clock();
        var post = PostFactory.Draft(clock);
        post.RecordCheck(PostFactory.Author, Verdict.Allow, clock);

        Assert.True(post.Autosave(PostFactory.Author, "Wat een mooie sportdag", ["regenboog-x"], null, clock).Succeeded);
        Assert.True(post.Autosave(PostFactory.Author, "Wat een mooie sportdag!", ["regenboog-x"], null, clock).Succeeded);

        Assert.Equal([PostAction.Created, PostAction.Checked, PostAction.Edited], post.Transitions.Select(t => t.Action));
        Assert.Equal(PostState.Draft, post.State);
        Assert.Equal("Wat een mooie sportdag!", post.Text);
    }

    [Fact]
    public void Autosave_SameContentAgain_LeavesTheCheckedStateAlone()
    {
        var clock = PostFactory.Clock();
        var post = PostFactory.Draft(clock);
        post.RecordCheck(PostFactory.Author, Verdict.Allow, clock);
        var version = post.Version;

        Assert.True(post.Autosave(PostFactory.Author, post.Text, ["regenboog-x"], null, clock).Succeeded);

        Assert.Equal(PostState.Ready, post.State);
        Assert.Equal(version, post.Version);
    }

    [Fact]
    public void Autosave_ByAnotherPerson_OrWhileAdviceIsAsked_IsRefused()
    {
        var clock = PostFactory.Clock();
        var draft = PostFactory.Draft(clock);
        var asked = PostFactory.AwaitingAdvice(clock);

        var other = draft.Autosave(PostFactory.Manager, "Anders", ["regenboog-x"], null, clock);
        var late = asked.Autosave(PostFactory.Author, "Anders", ["regenboog-x"], null, clock);

        Assert.Equal("Alleen de auteur kan dit concept opslaan.", other.Error);
        Assert.StartsWith("Dit bericht is geen concept meer (het is nu 'advies gevraagd')", late.Error, StringComparison.Ordinal);
        Assert.Equal(PostState.AdviceRequested, asked.State);
        Assert.True(draft.Autosave(PostFactory.Author, "Anders", ["regenboog-x"], null, clock).Succeeded); // the author may
    }
}
