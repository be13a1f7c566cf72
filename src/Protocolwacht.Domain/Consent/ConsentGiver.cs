namespace Protocolwacht.Domain.Consent;

/// <summary>
/// Who gave a consent: a parent (their id) or the student themself from age 16. We store no date of
/// birth (least data): whoever records a student's own consent states that the student is 16 or older.
/// </summary>
public static class ConsentGiver
{
    /// <summary>The stored giver for "the student, aged 16 or older".</summary>
    public const string StudentAged16OrOlder = "leerling-16plus";

    public static bool IsStudent(string? givenBy) => string.Equals(givenBy, StudentAged16OrOlder, StringComparison.Ordinal);
}
