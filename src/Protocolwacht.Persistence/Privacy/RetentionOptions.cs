namespace Protocolwacht.Persistence.Privacy;

/// <summary>
/// How long Protocolwacht keeps each kind of personal data (section <c>Retention</c>), beside the archive's
/// own periods (<c>Archive:Retention</c>: posts and imported history). A period of zero keeps that kind
/// forever. The defaults and where each comes from are in the README ("Bewaartermijnen"); Kennisnet's
/// guidance (aanpakibp.kennisnet.nl/bewaartermijnen): where no law sets a term, the school sets one and
/// keeps data no longer than its purpose needs.
/// </summary>
public sealed class RetentionOptions
{
    /// <summary>How often the retention job looks for what has expired.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>
    /// The stored bytes of an attachment that shows pupils (named or unidentified), counted from the last
    /// change of its post. Our decision: one year; the published copy lives on the platform, the archive
    /// keeps its fingerprint, and a photo of a child is kept no longer than a school year's review needs.
    /// </summary>
    public TimeSpan AttachmentsWithPupils { get; set; } = TimeSpan.FromDays(365);

    /// <summary>
    /// A pupil who left, with their consent history and parent links, counted from the day they left.
    /// Two years: the general term for pupil data after leaving in Kennisnet's overview of retention terms.
    /// </summary>
    public TimeSpan ConsentHistoryAfterLeaving { get; set; } = TimeSpan.FromDays(730);

    /// <summary>
    /// A closed incident with its timeline, counted from its closure. Our decision: five years, the longest
    /// sector term for pupil records (registration and absence) in Kennisnet's overview, so a complaint or
    /// the supervisor can still be answered.
    /// </summary>
    public TimeSpan ClosedIncidents { get; set; } = TimeSpan.FromDays(1826);

    /// <summary>Audit entries other than sign-ins. Our decision: two years, long enough to answer for a school year and the next.</summary>
    public TimeSpan AuditLog { get; set; } = TimeSpan.FromDays(730);

    /// <summary>Sign-in records (succeeded and failed). Our decision: six months, to investigate misuse of an account.</summary>
    public TimeSpan SignInRecords { get; set; } = TimeSpan.FromDays(183);

    internal static TimeSpan? Active(TimeSpan period) => period > TimeSpan.Zero ? period : null;
}
