using Protocolwacht.Domain.Time;

namespace Protocolwacht.Domain.Consent;

/// <summary>Dutch school years run from 1 August to 31 July; a year is named by the calendar year it starts in.</summary>
public static class SchoolYear
{
    public static int Of(DateOnly day) => day.Month >= 8 ? day.Year : day.Year - 1;

    /// <summary>The school year of the Amsterdam date at <paramref name="moment"/> (not the UTC date).</summary>
    public static int Of(DateTimeOffset moment) => Of(DutchTime.DateOf(moment));

    /// <summary>"2026-2027" for the school year starting in 2026.</summary>
    public static string Name(int startYear) => $"{startYear}-{startYear + 1}";
}
