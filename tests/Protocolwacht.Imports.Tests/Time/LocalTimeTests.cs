using Protocolwacht.Imports.Time;

namespace Protocolwacht.Imports.Tests.Time;

public class LocalTimeTests
{
    [Theory]
    [InlineData("2024-01-15 12:00", "2024-01-15T11:00:00Z")]
    [InlineData("2024-07-15 12:00", "2024-07-15T10:00:00Z")]
    [InlineData("2024-10-27 02:30", "2024-10-27T00:30:00Z")]
    [InlineData("2024-10-27 03:30", "2024-10-27T02:30:00Z")]
    public void ToUtc_AppliesTheOffsetOfThatDay(string clock, string utc)
    {
        var result = LocalTime.ToUtc(DateTime.Parse(clock, System.Globalization.CultureInfo.InvariantCulture), LocalTime.Amsterdam, out var problem);

        Assert.Null(problem);
        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), result);
    }

    [Fact]
    public void ToUtc_TimeInTheSpringGap_IsAProblem()
    {
        Assert.Null(LocalTime.ToUtc(new DateTime(2024, 3, 31, 2, 30, 0), LocalTime.Amsterdam, out var problem));
        Assert.Contains("bestaat niet", problem, StringComparison.Ordinal);
    }
}
