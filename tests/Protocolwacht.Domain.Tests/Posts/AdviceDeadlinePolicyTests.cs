using Protocolwacht.Domain.Posts;

namespace Protocolwacht.Domain.Tests.Posts;

public class AdviceDeadlinePolicyTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly AdviceDeadlinePolicy Policy = new(TimeSpan.FromHours(2));

    [Fact]
    public void DeadlineFor_Unscheduled_IsNone() => Assert.Null(Policy.DeadlineFor(Now, null));

    [Fact]
    public void DeadlineFor_FarAhead_IsLeadTimeBeforeTheMoment() =>
        Assert.Equal(Now.AddHours(22), Policy.DeadlineFor(Now, Now.AddDays(1)));

    [Fact]
    public void DeadlineFor_SoonerThanLeadTime_IsHalfway() =>
        Assert.Equal(Now.AddMinutes(30), Policy.DeadlineFor(Now, Now.AddHours(1)));
}
