using Protocolwacht.Domain.Posts;

namespace Protocolwacht.Domain.Tests.Posts;

public class DeliveryTests
{
    private static Delivery NewDelivery(DateTimeOffset due)
    {
        var clock = PostFactory.Clock();
        var post = PostFactory.Draft(clock);
        return Delivery.Create(Guid.NewGuid(), post, "regenboog-x", "sandbox", due, "v1:abc");
    }

    [Fact]
    public void Timeout_IsUnknown_NeverFailed_AndNeedsReconciliation()
    {
        var now = PostFactory.Clock().GetUtcNow();
        var delivery = NewDelivery(now);
        delivery.RecordAttempt(now);

        delivery.MarkUnknown("Geen antwoord.", now.AddSeconds(5), now);

        Assert.Equal(DeliveryStatus.Unknown, delivery.Status);
        Assert.True(delivery.NeedsReconciliation);
        Assert.Throws<InvalidOperationException>(() => delivery.RecordAttempt(now));
    }

    [Fact]
    public void CrashedAttempt_IsLeftAttempting_AndNeedsReconciliation()
    {
        var now = PostFactory.Clock().GetUtcNow();
        var delivery = NewDelivery(now);
        delivery.Lease("instance-a", now.AddMinutes(1));
        delivery.RecordAttempt(now);

        Assert.True(delivery.NeedsReconciliation);
        Assert.Equal(now, delivery.FirstAttemptAt);
    }

    [Fact]
    public void InconclusiveReconciliations_AskAPersonAfterTheLimit()
    {
        var now = PostFactory.Clock().GetUtcNow();
        var delivery = NewDelivery(now);
        delivery.RecordAttempt(now);
        delivery.MarkUnknown("Geen antwoord.", now, now);

        for (var i = 0; i < Delivery.MaxReconciliations; i++)
        {
            delivery.ReconciliationInconclusive("Platform zwijgt.", now, now);
        }

        Assert.Equal(DeliveryStatus.AwaitingPerson, delivery.Status);
        Assert.True(delivery.ResolveByPerson("tom.hendriks", wasPublished: true, now));
        Assert.Equal(DeliveryStatus.Published, delivery.Status);
        Assert.Equal("tom.hendriks", delivery.ResolvedBy);
    }

    [Fact]
    public void TransientFailures_GiveUpAfterMaxAttempts()
    {
        var now = PostFactory.Clock().GetUtcNow();
        var delivery = NewDelivery(now);
        for (var i = 0; i < Delivery.MaxAttempts; i++)
        {
            delivery.RecordAttempt(now);
            delivery.ScheduleRetry("Tijdelijke fout.", now, now);
        }

        Assert.Equal(DeliveryStatus.Failed, delivery.Status);
        Assert.True(delivery.RetryAfterFailure(now));
        Assert.Equal(DeliveryStatus.Retrying, delivery.Status);
    }

    [Fact]
    public void Cancel_OnlyWhileUnclaimedAndPending()
    {
        var now = PostFactory.Clock().GetUtcNow();
        var claimed = NewDelivery(now);
        claimed.Lease("instance-a", now.AddMinutes(1));
        var free = NewDelivery(now);

        Assert.False(claimed.TryCancel(now));
        Assert.True(free.TryCancel(now));
        Assert.Equal(DeliveryStatus.Cancelled, free.Status);
    }

    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 10)]
    [InlineData(4, 40)]
    [InlineData(30, 900)]
    public void Backoff_DoublesUpToCap(int attempts, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), RetryBackoff.After(attempts));

    [Fact]
    public void Backoff_PlatformResetLater_Wins()
    {
        var now = PostFactory.Clock().GetUtcNow();
        Assert.Equal(now.AddMinutes(5), RetryBackoff.NextAttempt(now, 1, now.AddMinutes(5)));
    }
}
