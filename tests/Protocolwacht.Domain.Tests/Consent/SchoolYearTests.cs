using Protocolwacht.Domain.Consent;

namespace Protocolwacht.Domain.Tests.Consent;

/// <summary>Issue #7 item 10: the school year of a moment follows the Amsterdam date, not the UTC date.</summary>
public sealed class SchoolYearTests
{
    [Fact]
    public void Of_HalfAnHourIntoFirstAugustInAmsterdam_IsTheNewSchoolYear() =>
        Assert.Equal(2026, SchoolYear.Of(new DateTimeOffset(2026, 7, 31, 22, 30, 0, TimeSpan.Zero)));

    [Fact]
    public void Of_LastEveningOfJulyInAmsterdam_IsTheOldSchoolYear() =>
        Assert.Equal(2025, SchoolYear.Of(new DateTimeOffset(2026, 7, 31, 21, 30, 0, TimeSpan.Zero)));
}
