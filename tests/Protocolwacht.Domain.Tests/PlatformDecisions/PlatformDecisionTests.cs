using Protocolwacht.Domain.PlatformDecisions;

namespace Protocolwacht.Domain.Tests.PlatformDecisions;

public class PlatformDecisionTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);

    private static PlatformDecision Decision(DpiaOutcome outcome, DateOnly reviewDate) =>
        PlatformDecision.Record(Guid.NewGuid(), "regenboog-x", null, Today.AddDays(-10), outcome, ProcessingAgreement.No, "privacyfunctionaris", reviewDate, null, "sanne.deboer", Now, Today, out _)!;

    [Fact]
    public void Refusal_NoDecision_RejectedOrExpired_RefusesWithReason_CurrentAllows()
    {
        Assert.Contains("nog geen besluit", PlatformDecision.Refusal(null, Today), StringComparison.Ordinal);
        Assert.Contains("niet te gebruiken", PlatformDecision.Refusal(Decision(DpiaOutcome.Rejected, Today.AddYears(1)), Today), StringComparison.Ordinal);
        var current = Decision(DpiaOutcome.ApprovedWithMeasures, Today);
        Assert.Null(PlatformDecision.Refusal(current, Today)); // the review date itself still holds
        Assert.Contains("verlopen op 2-12-2026", PlatformDecision.Refusal(current, Today.AddDays(1)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", 0, 365, "Beoordeeld door")]
    [InlineData("FG", 1, 365, "toekomst")]
    [InlineData("FG", -10, -10, "herbeoordelingsdatum")]
    public void Record_BadInput_IsRefusedNamingTheField(string reviewer, int dpiaOffset, int reviewOffset, string expected)
    {
        var decision = PlatformDecision.Record(Guid.NewGuid(), "regenboog-x", null, Today.AddDays(dpiaOffset), DpiaOutcome.Approved, ProcessingAgreement.Yes, reviewer, Today.AddDays(reviewOffset), null, "sanne.deboer", Now, Today, out var error);

        Assert.Null(decision);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void MarkReminded_OnlyOnce()
    {
        var decision = Decision(DpiaOutcome.Approved, Today.AddDays(20));

        Assert.True(decision.MarkReminded(Now));
        Assert.False(decision.MarkReminded(Now.AddDays(1)));
        Assert.Equal(Now, decision.ReminderSentAt);
    }

    [Fact]
    public void NextDecision_GetsTheNextVersion()
    {
        var first = Decision(DpiaOutcome.Approved, Today.AddYears(1));
        var second = PlatformDecision.Record(Guid.NewGuid(), "regenboog-x", first, Today, DpiaOutcome.Rejected, ProcessingAgreement.No, "FG", Today.AddYears(1), null, "sanne.deboer", Now, Today, out _)!;

        Assert.Equal((1, 2), (first.Version, second.Version));
    }
}
