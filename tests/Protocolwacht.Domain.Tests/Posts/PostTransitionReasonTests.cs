using Protocolwacht.Domain.Posts;

namespace Protocolwacht.Domain.Tests.Posts;

/// <summary>
/// Stop 38: a reason the system writes is stored with its code and arguments, so a page can say it in its reader's
/// language; the Dutch sentence beside it (what the archive and the audit trail quote) is the one it always was.
/// </summary>
public class PostTransitionReasonTests
{
    [Fact]
    public void Check_AndConfirmation_StoreTheirCode_TheMomentInvariant_AndTheSameDutchSentence()
    {
        var clock = PostFactory.Clock(); // 2 March 2026 09:00 UTC, 10:00 in Amsterdam
        var post = PostFactory.Draft(clock);
        post.RecordCheck(PostFactory.Author, Verdict.Allow, clock);
        post.ConfirmPublication(PostFactory.Author, Verdict.Allow, TimeSpan.FromSeconds(30), clock);

        var (check, confirmed) = (post.Transitions[^2], post.Transitions[^1]);

        Assert.Equal((PostTransitionReasons.CheckAllowed, "De controle vond niets tegen het protocol."), (check.ReasonCode, check.Reason));
        Assert.Empty(check.ReasonArguments!);
        Assert.Equal((PostTransitionReasons.PublicationFrom, "Publicatie vanaf 2-3-2026 10:00:30."), (confirmed.ReasonCode, confirmed.Reason));
        Assert.Equal(["2026-03-02T09:00:30.0000000+00:00"], confirmed.ReasonArguments!);
    }

    [Fact]
    public void DeletionRequest_CodesTheRequest_AndKeepsThePersonsWordsInTheSentenceOnly()
    {
        var clock = PostFactory.Clock();
        var post = PostFactory.Draft(clock);
        post.RecordCheck(PostFactory.Author, Verdict.Allow, clock);
        post.ConfirmPublication(PostFactory.Author, Verdict.Allow, TimeSpan.FromSeconds(30), clock);
        post.RecordPublished(clock);

        post.RecordChangeRequested("sanne.deboer", PostChangeKind.Deletion, "Ouders vroegen erom.", clock);

        var requested = post.Transitions[^1];
        Assert.Equal((PostTransitionReasons.DeletionRequested, "Verwijderen: Ouders vroegen erom."), (requested.ReasonCode, requested.Reason));
        Assert.Empty(requested.ReasonArguments!);
    }

    [Fact]
    public void AReasonAPersonWrote_HasNoCode_AndAnEditThatEndsTheAdviceRequest_HasOne()
    {
        var clock = PostFactory.Clock();
        var post = PostFactory.AwaitingAdvice(clock);
        var asked = post.Transitions[^1];

        post.Edit(PostFactory.Author, PostFactory.Content("Nieuwe tekst."), null, clock);

        Assert.Equal(("Mag dit zo?", null), (asked.Reason, asked.ReasonCode));
        Assert.Equal((PostTransitionReasons.AdviceLapsed, "De adviesaanvraag vervalt door de wijziging."), (post.Transitions[^1].ReasonCode, post.Transitions[^1].Reason));
    }
}
