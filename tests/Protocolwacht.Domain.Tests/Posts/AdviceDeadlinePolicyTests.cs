using Protocolwacht.Domain.Posts;

namespace Protocolwacht.Domain.Tests.Posts;

public class AdviceDeadlinePolicyTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero); // Monday 10:00 in Amsterdam
    private static readonly AdviceDeadlinePolicy Policy = new(TimeSpan.FromHours(2));

    [Fact]
    public void TermFor_Unscheduled_IsTwoWorkingDays_RemindedTheDayBefore()
    {
        var term = Policy.TermFor(Now, null);

        Assert.Equal(Now.AddDays(2), term.Deadline);
        Assert.Equal(Now.AddDays(1), term.ReminderAt);
    }

    [Fact]
    public void TermFor_OnAFriday_SpansTheWeekend()
    {
        var friday = Now.AddDays(4);

        var term = new AdviceDeadlinePolicy(TimeSpan.FromHours(2), WorkingDays: 1).TermFor(friday, null);

        Assert.Equal(friday.AddDays(3), term.Deadline); // Monday 10:00
        Assert.Equal(friday.AddDays(3).AddHours(-4), term.ReminderAt); // Monday 06:00, not during the weekend
    }

    [Fact]
    public void TermFor_ScheduledBeyondTheTerm_KeepsTheWorkingDays() =>
        Assert.Equal(Now.AddDays(2), Policy.TermFor(Now, Now.AddDays(7)).Deadline);

    [Fact]
    public void TermFor_ScheduledSooner_IsLeadTimeBeforeTheMoment() =>
        Assert.Equal(Now.AddHours(22), Policy.TermFor(Now, Now.AddDays(1)).Deadline);

    [Fact]
    public void TermFor_SoonerThanLeadTime_IsHalfway_RemindedHalfwayToThat()
    {
        var term = Policy.TermFor(Now, Now.AddHours(1));

        Assert.Equal(Now.AddMinutes(30), term.Deadline);
        Assert.Equal(Now.AddMinutes(15), term.ReminderAt);
    }
}
