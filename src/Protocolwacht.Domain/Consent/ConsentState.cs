using Protocolwacht.Domain.Time;

namespace Protocolwacht.Domain.Consent;

/// <summary>What a consent history means at a given moment.</summary>
public static class ConsentState
{
    /// <summary>
    /// The answer that applies at <paramref name="now"/> given the latest record. A withdrawn consent is
    /// no. A yes that is not yet valid, or (when the board renews consent each school year) was given in
    /// an earlier school year, counts as not recorded: nobody may rely on it. A no stays no until changed,
    /// because a lapsed refusal must never turn into permission.
    /// </summary>
    public static ConsentValue Effective(ConsentRecord? latest, DateTimeOffset now, bool renewEachSchoolYear)
    {
        if (latest is null)
        {
            return ConsentValue.NotRecorded;
        }

        if (latest.WithdrawnAt is { } withdrawn && withdrawn <= now)
        {
            return ConsentValue.No;
        }

        if (latest.Value != ConsentValue.Yes)
        {
            return latest.Value;
        }

        var today = DutchTime.DateOf(now); // consent dates are Dutch calendar dates
        var validFrom = latest.ValidFrom ?? DutchTime.DateOf(latest.ChangedAt);
        if (validFrom > today)
        {
            return ConsentValue.NotRecorded;
        }

        return renewEachSchoolYear && SchoolYear.Of(validFrom) < SchoolYear.Of(today)
            ? ConsentValue.NotRecorded
            : ConsentValue.Yes;
    }
}
