using Protocolwacht.Domain.Privacy;

namespace Protocolwacht.Domain.Incidents;

/// <summary>
/// An online safety incident (protocol: Veiligheid, R10) in the register of one school: what happened,
/// who is involved (by role), who handles it, the timeline of actions, follow-up tasks and the closure
/// with an evaluation. A personal-data breach also carries the <see cref="DataBreachClock"/> from
/// <see cref="DiscoveredAt"/> and the decisions of AVG articles 33 and 34. Every change appends to the
/// timeline; nothing on it is ever rewritten. Methods return null or a Dutch error; on an error nothing changed.
/// </summary>
public sealed class Incident
{
    public const int MaxDescriptionLength = 4000;
    public const int MaxShortText = 300;
    public const int MaxPeople = 20;

    /// <summary>The roles a person involved can have; nothing more personal is asked.</summary>
    public static readonly IReadOnlyList<string> PersonRoles = ["leerling", "ouder", "medewerker", "extern", "onbekend"];

    // Not readonly: the store sets these when it loads an incident.
#pragma warning disable IDE0044
    private List<IncidentPerson> _people = [];
    private List<IncidentEntry> _timeline = [];
    private List<IncidentTask> _tasks = [];
#pragma warning restore IDE0044

    private Incident(Guid id, string schoolId, string description)
    {
        Id = id;
        SchoolId = schoolId;
        Description = description;
    }

    public Guid Id { get; private set; }
    public string SchoolId { get; private set; }
    public IncidentCategory Category { get; private set; }
    public IncidentSeverity Severity { get; private set; }
    public string Description { get; private set; }

    /// <summary>True when reported through the public page /melden (no account).</summary>
    public bool ReportedPublicly { get; private set; }

    /// <summary>The staff member who reported it; null for a public report.</summary>
    public string? ReportedBy { get; private set; }

    /// <summary>How to reach a public reporter, only if they chose to leave it.</summary>
    public string? ReporterContact { get; private set; }

    public DateTimeOffset ReportedAt { get; private set; }

    /// <summary>Who handles it: the school's contact person, else its director; null when neither exists (administrators then).</summary>
    public string? HandlerId { get; private set; }

    public bool IsDataBreach { get; private set; }

    /// <summary>When the breach was discovered (UTC); the start of the 72-hour clock. Null unless <see cref="IsDataBreach"/>.</summary>
    public DateTimeOffset? DiscoveredAt { get; private set; }

    /// <summary>AVG art. 33: null until decided; true reported to the Autoriteit Persoonsgegevens, false not reported.</summary>
    public bool? ReportedToAuthority { get; private set; }
    public string? AuthorityReference { get; private set; }
    public string? NotReportedReason { get; private set; }
    public DateTimeOffset? AuthorityDecisionAt { get; private set; }
    public string? AuthorityDecisionBy { get; private set; }

    /// <summary>AVG art. 34: whether the people involved are informed; null until decided.</summary>
    public bool? PeopleInformed { get; private set; }
    public string? PeopleInformedNote { get; private set; }

    public DateTimeOffset? Reminder24SentAt { get; private set; }
    public DateTimeOffset? Reminder48SentAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }
    public string? ClosedBy { get; private set; }
    public string? Evaluation { get; private set; }

    /// <summary>Optimistic concurrency: two handlers saving at once cannot overwrite each other.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<IncidentPerson> People => _people;
    public IReadOnlyList<IncidentEntry> Timeline => _timeline;
    public IReadOnlyList<IncidentTask> Tasks => _tasks;

    public bool IsClosed => ClosedAt is not null;

    /// <summary>Registers a report. <paramref name="reportedBy"/> null means a public report (timeline actor "melder").</summary>
    public static Incident? Report(
        Guid id, string schoolId, IncidentCategory category, IncidentSeverity severity, string? description,
        string? reportedBy, string? reporterContact, IReadOnlyList<IncidentPerson> people, DateTimeOffset? discoveredAt,
        string? handlerId, DateTimeOffset now, out string? error)
    {
        ArgumentNullException.ThrowIfNull(people);
        var text = description?.Trim();
        var breach = category == IncidentCategory.PrivacyBreach;
        error = string.IsNullOrEmpty(text) ? "Beschrijf wat er is gebeurd."
            : text.Length > MaxDescriptionLength ? $"De beschrijving is te lang (hoogstens {MaxDescriptionLength} tekens)."
            : reporterContact?.Trim().Length > MaxShortText ? "De contactgegevens zijn te lang."
            : people.Count > MaxPeople ? $"Noem hoogstens {MaxPeople} betrokkenen."
            : people.FirstOrDefault(p => !PersonRoles.Contains(p.Role) || p.Description?.Length > 100) is { } bad ? $"Betrokkene '{bad.Role}': kies een rol ({string.Join(", ", PersonRoles)}) en houd de omschrijving kort (hoogstens 100 tekens)."
            : discoveredAt > now ? "Het moment van ontdekking ligt in de toekomst."
            : null;
        if (error is not null)
        {
            return null;
        }

        var incident = new Incident(id, schoolId, text!)
        {
            Category = category,
            Severity = severity,
            ReportedPublicly = reportedBy is null,
            ReportedBy = reportedBy,
            ReporterContact = string.IsNullOrWhiteSpace(reporterContact) ? null : reporterContact.Trim(),
            ReportedAt = now,
            HandlerId = handlerId,
            IsDataBreach = breach,
            DiscoveredAt = breach ? (discoveredAt ?? now).ToUniversalTime() : null,
            _people = [.. people],
        };
        incident._timeline.Add(new IncidentEntry(now, reportedBy ?? "melder", reportedBy is null ? "Gemeld via het meldformulier." : "Gemeld in de app."));
        return incident;
    }

    public string? AddEntry(string actor, string? text, DateTimeOffset now)
    {
        var entry = text?.Trim();
        if (string.IsNullOrEmpty(entry) || entry.Length > MaxDescriptionLength)
        {
            return "Beschrijf de actie (hoogstens 4000 tekens).";
        }

        return Append(actor, entry, now);
    }

    public string? AddTask(string actor, string? text, string? assigneeId, DateTimeOffset now)
    {
        var task = text?.Trim();
        if (string.IsNullOrEmpty(task) || task.Length > MaxShortText)
        {
            return "Beschrijf de vervolgtaak (hoogstens 300 tekens).";
        }

        _tasks.Add(new IncidentTask(Guid.NewGuid(), task, string.IsNullOrWhiteSpace(assigneeId) ? null : assigneeId.Trim(), null, null));
        return Append(actor, $"Vervolgtaak: {task}", now);
    }

    public string? CompleteTask(string actor, Guid taskId, DateTimeOffset now)
    {
        var index = _tasks.FindIndex(t => t.Id == taskId);
        if (index < 0 || _tasks[index].DoneAt is not null)
        {
            return "Deze vervolgtaak bestaat niet of is al afgerond.";
        }

        _tasks[index] = _tasks[index] with { DoneAt = now, DoneBy = actor };
        return Append(actor, $"Vervolgtaak afgerond: {_tasks[index].Text}", now);
    }

    /// <summary>Records the decisions of AVG articles 33 (report to the authority) and 34 (inform the people involved).</summary>
    public string? RecordBreachDecision(string actor, bool reported, string? reference, string? reasonNotReported, bool peopleInformed, string? informedNote, DateTimeOffset now)
    {
        if (!IsDataBreach)
        {
            return "Dit incident is geen datalek.";
        }

        var (refText, reason) = (reference?.Trim(), reasonNotReported?.Trim());
        if (reported && string.IsNullOrEmpty(refText))
        {
            return "Vul het meldnummer van de Autoriteit Persoonsgegevens in.";
        }

        if (!reported && string.IsNullOrEmpty(reason))
        {
            return "Vul in waarom het datalek niet bij de Autoriteit Persoonsgegevens is gemeld.";
        }

        if (refText?.Length > MaxShortText || reason?.Length > MaxDescriptionLength || informedNote?.Length > MaxDescriptionLength)
        {
            return "Een van de velden is te lang.";
        }

        (ReportedToAuthority, AuthorityReference, NotReportedReason) = (reported, reported ? refText : null, reported ? null : reason);
        (AuthorityDecisionAt, AuthorityDecisionBy) = (now, actor);
        (PeopleInformed, PeopleInformedNote) = (peopleInformed, string.IsNullOrWhiteSpace(informedNote) ? null : informedNote.Trim());
        var decision = reported ? $"gemeld bij de Autoriteit Persoonsgegevens (meldnummer {refText})" : $"niet gemeld bij de Autoriteit Persoonsgegevens: {reason}";
        return Append(actor, $"Besluit datalek: {decision}; betrokkenen {(peopleInformed ? "worden geïnformeerd" : "worden niet geïnformeerd")}.", now);
    }

    /// <summary>Marks the reminder at <paramref name="after"/> (24 or 48 hours) as sent; false when it already was.</summary>
    public bool MarkReminder(TimeSpan after, DateTimeOffset now)
    {
        if (after == DataBreachClock.Reminders[0] && Reminder24SentAt is null)
        {
            Reminder24SentAt = now;
        }
        else if (after == DataBreachClock.Reminders[1] && Reminder48SentAt is null)
        {
            Reminder48SentAt = now;
        }
        else
        {
            return false;
        }

        Version++;
        return true;
    }

    /// <summary>The reminders due at <paramref name="now"/> and not yet sent (none once decided or closed).</summary>
    public IReadOnlyList<TimeSpan> DueReminders(DateTimeOffset now)
    {
        if (!IsDataBreach || IsClosed || ReportedToAuthority is not null || DiscoveredAt is not { } discovered)
        {
            return [];
        }

        var sent = new[] { Reminder24SentAt, Reminder48SentAt };
        return [.. DataBreachClock.Reminders.Where((after, i) => sent[i] is null && discovered + after <= now)];
    }

    public string? Close(string actor, string? evaluation, DateTimeOffset now)
    {
        var text = evaluation?.Trim();
        if (IsClosed)
        {
            return "Dit incident is al afgesloten.";
        }

        if (string.IsNullOrEmpty(text) || text.Length > MaxDescriptionLength)
        {
            return "Schrijf een korte evaluatie (hoogstens 4000 tekens) om het incident af te sluiten.";
        }

        if (IsDataBreach && ReportedToAuthority is null)
        {
            return "Leg eerst het besluit over de melding bij de Autoriteit Persoonsgegevens vast.";
        }

        (ClosedAt, ClosedBy, Evaluation) = (now, actor, text);
        return Append(actor, "Afgesloten met evaluatie.", now);
    }

    /// <summary>
    /// Takes an erased pupil's name out of every text of the incident (AVG art. 17). An incident has no link to a
    /// pupil record, so the first name alone goes only when some text of the incident names the pupil in full.
    /// True when anything changed.
    /// </summary>
    public bool EraseName(PupilNameMatcher name)
    {
        ArgumentNullException.ThrowIfNull(name);
        string?[] texts = [Description, ReporterContact, AuthorityReference, NotReportedReason, PeopleInformedNote, Evaluation,
            .. _people.Select(p => p.Description), .. _timeline.Select(e => e.Text), .. _tasks.Select(t => t.Text)];
        var tied = texts.Any(name.IsNamedIn);
        if (!texts.Any(t => name.IsMentionedIn(t, tied)))
        {
            return false;
        }

        Description = name.Redact(Description, tied);
        (ReporterContact, AuthorityReference) = (name.RedactOrNull(ReporterContact, tied), name.RedactOrNull(AuthorityReference, tied));
        (NotReportedReason, PeopleInformedNote, Evaluation) = (name.RedactOrNull(NotReportedReason, tied), name.RedactOrNull(PeopleInformedNote, tied), name.RedactOrNull(Evaluation, tied));
        _people = [.. _people.Select(p => p with { Description = name.RedactOrNull(p.Description, tied) })];
        _timeline = [.. _timeline.Select(e => e with { Text = name.Redact(e.Text, tied) })];
        _tasks = [.. _tasks.Select(t => t with { Text = name.Redact(t.Text, tied) })];
        Version++;
        return true;
    }

    private string? Append(string actor, string text, DateTimeOffset now)
    {
        _timeline.Add(new IncidentEntry(now, actor, text));
        Version++;
        return null;
    }
}
