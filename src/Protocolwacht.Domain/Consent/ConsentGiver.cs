using System.Text.RegularExpressions;
using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Domain.Consent;

/// <summary>
/// Who gave a consent: a parent or guardian in the register (their id) or, outside primary school, the student
/// themself from age 16. We store no date of birth (least data): whoever records a student's own consent
/// states that the student is 16 or older.
/// </summary>
public static partial class ConsentGiver
{
    /// <summary>The stored giver for "the student, aged 16 or older".</summary>
    public const string StudentAged16OrOlder = "leerling-16plus";

    public static bool IsStudent(string? givenBy) => string.Equals(givenBy, StudentAged16OrOlder, StringComparison.Ordinal);

    /// <summary>
    /// Whether the student may answer for themself. A primary-school pupil (groep 1 to 8, a combined group such
    /// as "1/2", or a group nobody recorded) never does: a parent or guardian answers for them (AVG art. 8,
    /// UAVG art. 5: under 16 a parent consents).
    /// </summary>
    public static bool MayConsentAlone(Student student)
    {
        ArgumentNullException.ThrowIfNull(student);
        return student.Group is { } group && !PrimaryGroup().IsMatch(group);
    }

    [GeneratedRegex(@"^\s*(groep\s*)?[1-8](\s*[-/–]\s*[1-8])?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PrimaryGroup();
}
