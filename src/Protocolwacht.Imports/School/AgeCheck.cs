namespace Protocolwacht.Imports.School;

/// <summary>
/// Whether a pupil is 16 or older on a given day: from 16 a pupil gives consent for their own photos
/// (AVG, Dutch implementation act, art. 5). Born on 29 February, the birthday counts from 1 March in
/// a year without that day.
/// </summary>
public static class AgeCheck
{
    public static bool IsSixteenOrOver(DateOnly born, DateOnly today)
    {
        var sixteenth = born.AddYears(16);
        if (born is { Month: 2, Day: 29 } && sixteenth.Day == 28)
        {
            sixteenth = sixteenth.AddDays(1);
        }

        return today >= sixteenth;
    }
}
