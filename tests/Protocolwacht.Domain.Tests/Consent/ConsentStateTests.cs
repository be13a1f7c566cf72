using Protocolwacht.Domain.Consent;

namespace Protocolwacht.Domain.Tests.Consent;

public sealed class ConsentStateTests
{
    private static readonly DateTimeOffset October2026 = new(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);

    private static ConsentRecord Record(ConsentValue value, DateTimeOffset changedAt, DateOnly? validFrom = null, DateTimeOffset? withdrawnAt = null) =>
        new(1, "noah.bos", ConsentPurpose.PhotoOnSocialMedia, value, "ellen.bos", validFrom, withdrawnAt, null, "karin.mulder", changedAt);

    [Fact]
    public void Effective_NoRecord_IsNotRecorded() =>
        Assert.Equal(ConsentValue.NotRecorded, ConsentState.Effective(null, October2026, renewEachSchoolYear: false));

    [Fact]
    public void Effective_Withdrawn_IsNo() =>
        Assert.Equal(ConsentValue.No, ConsentState.Effective(Record(ConsentValue.Yes, October2026.AddDays(-5), withdrawnAt: October2026.AddDays(-1)), October2026, false));

    [Fact]
    public void Effective_YesNotYetValid_IsNotRecorded() =>
        Assert.Equal(ConsentValue.NotRecorded, ConsentState.Effective(Record(ConsentValue.Yes, October2026, validFrom: new DateOnly(2026, 11, 1)), October2026, false));

    [Theory]
    [InlineData(false, ConsentValue.Yes)]
    [InlineData(true, ConsentValue.NotRecorded)]
    public void Effective_YesFromLastSchoolYear_DependsOnTheRenewalSetting(bool renew, ConsentValue expected) =>
        Assert.Equal(expected, ConsentState.Effective(Record(ConsentValue.Yes, new DateTimeOffset(2026, 7, 15, 9, 0, 0, TimeSpan.Zero)), October2026, renew));

    [Fact]
    public void Effective_NoFromLastSchoolYear_StaysNo_EvenWithRenewal() =>
        Assert.Equal(ConsentValue.No, ConsentState.Effective(Record(ConsentValue.No, new DateTimeOffset(2025, 10, 1, 9, 0, 0, TimeSpan.Zero)), October2026, true));

    [Theory]
    [InlineData(2026, 7, 31, 2025)]
    [InlineData(2026, 8, 1, 2026)]
    [InlineData(2027, 1, 15, 2026)]
    public void SchoolYear_StartsOnTheFirstOfAugust(int year, int month, int day, int expected) =>
        Assert.Equal(expected, SchoolYear.Of(new DateOnly(year, month, day)));

    [Fact]
    public void Effective_YesValidFromToday_CountsFromMidnightInAmsterdam()
    {
        var halfPastMidnightFirstDecember = new DateTimeOffset(2026, 11, 30, 23, 30, 0, TimeSpan.Zero);

        Assert.Equal(ConsentValue.Yes, ConsentState.Effective(Record(ConsentValue.Yes, October2026, validFrom: new DateOnly(2026, 12, 1)), halfPastMidnightFirstDecember, false));
    }
}
