using Protocolwacht.Domain.Incidents;

namespace Protocolwacht.Domain.Tests.Incidents;

public class DataBreachClockTests
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    [Fact]
    public void Deadline_AcrossTheAutumnClockChange_IsSeventyTwoRealHours()
    {
        // Saturday 24 October 2026 12:00 summer time; the clocks go back on Sunday 25 October at 03:00.
        var discovered = new DateTimeOffset(2026, 10, 24, 12, 0, 0, TimeSpan.FromHours(2));

        var deadline = DataBreachClock.Deadline(discovered);

        Assert.Equal(TimeSpan.FromHours(72), deadline - discovered);
        Assert.Equal(new DateTime(2026, 10, 27, 11, 0, 0), TimeZoneInfo.ConvertTime(deadline, Amsterdam).DateTime); // 11:00 winter time, not 12:00
    }

    [Fact]
    public void Deadline_AcrossTheSpringClockChange_IsSeventyTwoRealHours()
    {
        // Saturday 27 March 2027 12:00 winter time; the clocks go forward on Sunday 28 March at 02:00.
        var discovered = new DateTimeOffset(2027, 3, 27, 12, 0, 0, TimeSpan.FromHours(1));

        Assert.Equal(new DateTime(2027, 3, 30, 13, 0, 0), TimeZoneInfo.ConvertTime(DataBreachClock.Deadline(discovered), Amsterdam).DateTime);
    }

    [Fact]
    public void Remaining_CountsDownAndSaysWhenPassed()
    {
        var discovered = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

        Assert.Equal("nog 47 uur en 59 minuten", DataBreachClock.RemainingInDutch(discovered, discovered.AddHours(24).AddMinutes(1)));
        Assert.Equal("termijn verstreken sinds 2 uur en 30 minuten", DataBreachClock.RemainingInDutch(discovered, discovered.AddHours(74.5)));
    }
}
