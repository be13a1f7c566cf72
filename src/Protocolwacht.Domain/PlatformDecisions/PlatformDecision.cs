using Protocolwacht.Domain.Privacy;

namespace Protocolwacht.Domain.PlatformDecisions;

/// <summary>
/// The board's recorded decision to use (or not to use) a platform for one official account: the DPIA
/// (date, outcome), whether a processing agreement exists, who reviewed it and when it must be reviewed
/// again. A new decision is a new row; the latest recorded one is the account's decision. Only
/// <see cref="ReminderSentAt"/> changes after recording (the reminder job marks it once), and the note when an
/// erased pupil's name is taken out of it.
/// </summary>
public sealed class PlatformDecision
{
    public const int MaxTextLength = 1000;

    private PlatformDecision(Guid id, string accountId, string reviewer, string recordedBy)
    {
        Id = id;
        AccountId = accountId;
        Reviewer = reviewer;
        RecordedBy = recordedBy;
    }

    public Guid Id { get; private set; }
    public string AccountId { get; private set; }

    /// <summary>1 for an account's first decision, one more for each next one; the highest is the account's decision.</summary>
    public int Version { get; private set; }
    public DateOnly DpiaDate { get; private set; }
    public DpiaOutcome DpiaOutcome { get; private set; }
    public ProcessingAgreement ProcessingAgreement { get; private set; }

    /// <summary>Who reviewed the platform (a name or function, e.g. the privacy officer).</summary>
    public string Reviewer { get; private set; }

    /// <summary>The last day (Dutch calendar) the decision holds; from the next day the account cannot publish.</summary>
    public DateOnly ReviewDate { get; private set; }

    public string? Note { get; private set; }
    public string RecordedBy { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>When administrators were reminded that the review date is near; null until then.</summary>
    public DateTimeOffset? ReminderSentAt { get; private set; }

    /// <summary>True when the account may publish on <paramref name="today"/> under this decision.</summary>
    public bool AllowsPublishingOn(DateOnly today) => DpiaOutcome != DpiaOutcome.Rejected && today <= ReviewDate;

    /// <summary>Validates and records a decision; null with a Dutch <paramref name="error"/> naming the field otherwise.</summary>
    /// <param name="previous">The account's decision so far (null for the first); the new one gets the next version.</param>
    public static PlatformDecision? Record(
        Guid id, string accountId, PlatformDecision? previous, DateOnly dpiaDate, DpiaOutcome outcome, ProcessingAgreement agreement, string? reviewer,
        DateOnly reviewDate, string? note, string recordedBy, DateTimeOffset now, DateOnly today, out string? error)
    {
        error = string.IsNullOrWhiteSpace(reviewer) ? "Vul bij 'Beoordeeld door' in wie de DPIA heeft beoordeeld."
            : dpiaDate > today ? "De datum van de DPIA ligt in de toekomst; vul de datum in waarop de DPIA is afgerond."
            : reviewDate <= dpiaDate ? "De herbeoordelingsdatum moet na de datum van de DPIA liggen."
            : reviewer.Trim().Length > 200 || (note?.Length ?? 0) > MaxTextLength ? "De beoordelaar of de toelichting is te lang."
            : null;
        if (error is not null)
        {
            return null;
        }

        return new PlatformDecision(id, accountId, reviewer!.Trim(), recordedBy)
        {
            Version = (previous?.Version ?? 0) + 1,
            DpiaDate = dpiaDate,
            DpiaOutcome = outcome,
            ProcessingAgreement = agreement,
            ReviewDate = reviewDate,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            RecordedAt = now,
        };
    }

    /// <summary>
    /// Takes an erased pupil's name out of the note (AVG art. 17), the one free text of a decision besides the
    /// reviewer's name or function. This is the one change besides the reminder a recorded decision allows.
    /// </summary>
    /// <returns>True when the note changed.</returns>
    public bool EraseName(PupilNameMatcher name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!name.IsMentionedIn(Note, tied: false))
        {
            return false;
        }

        Note = name.RedactOrNull(Note, tied: false);
        return true;
    }

    /// <summary>Marks the reminder as sent; false when it had been sent already.</summary>
    public bool MarkReminded(DateTimeOffset now)
    {
        if (ReminderSentAt is not null)
        {
            return false;
        }

        ReminderSentAt = now;
        return true;
    }

    /// <summary>Why an account with <paramref name="latest"/> as its decision cannot publish on <paramref name="today"/>; null when it can.</summary>
    public static string? Refusal(PlatformDecision? latest, DateOnly today) => latest switch
    {
        null => "voor dit account is nog geen besluit over het gebruik van het platform vastgelegd (DPIA en verwerkersovereenkomst). Vraag de beheerder dit vast te leggen.",
        { DpiaOutcome: DpiaOutcome.Rejected } => "het bestuur heeft besloten dit platform niet te gebruiken (DPIA niet akkoord).",
        _ when today > latest.ReviewDate => $"het besluit over het gebruik van dit platform is verlopen op {latest.ReviewDate:d-M-yyyy}; de beheerder moet het opnieuw beoordelen.",
        _ => null,
    };
}
