namespace Protocolwacht.Domain.Posts;

// The advice part of the workflow (R9: "bij twijfel ... zoek contact met je leidinggevende").
public sealed partial class Post
{
    /// <summary>The manager asked for advice now, or null when no request is open.</summary>
    public string? ApproverId { get; private set; }

    /// <summary>When the open request escalates to the next manager (UTC); null when no request is open.</summary>
    public DateTimeOffset? AdviceDeadline { get; private set; }

    /// <summary>When the manager of the open request is reminded of it (UTC); null once reminded or when no request is open.</summary>
    public DateTimeOffset? AdviceReminderAt { get; private set; }

    /// <summary>The fingerprint of the content the manager approved; null when nothing was approved.</summary>
    public string? ApprovedFingerprint { get; private set; }

    public string? ApprovedBy { get; private set; }

    /// <summary>True when the manager approved exactly the current content.</summary>
    public bool IsApprovedAsIs => ApprovedFingerprint is not null && ApprovedFingerprint == Content.Fingerprint;

    public WorkflowResult RequestAdvice(string actorId, Verdict verdict, string? approverId, AdviceTerm? term, string? question, TimeProvider clock)
    {
        if (!IsAuthor(actorId))
        {
            return WorkflowResult.Refused("Alleen de auteur kan advies vragen over dit bericht.");
        }

        if (State is not (PostState.Ready or PostState.AdviceNeeded or PostState.Returned or PostState.Approved))
        {
            return WorkflowResult.Refused($"Advies vragen kan niet wanneer het bericht '{State.ToDutch()}' is.");
        }

        if (verdict == Verdict.Block)
        {
            return WorkflowResult.Refused("De controle blokkeert dit bericht; pas het eerst aan.");
        }

        if (approverId is null)
        {
            return WorkflowResult.Refused("Er is geen leidinggevende beschikbaar om advies te geven.");
        }

        if (IsAuthor(approverId))
        {
            return WorkflowResult.Refused("Je kunt je eigen bericht niet goedkeuren.");
        }

        LastVerdict = verdict;
        ApproverId = approverId;
        SetTerm(term);
        Move(PostAction.AdviceRequested, PostState.AdviceRequested, actorId, clock, question);
        return WorkflowResult.Ok;
    }

    /// <summary>The manager approves the current content. A post the check now blocks cannot be approved.</summary>
    public WorkflowResult Approve(string actorId, Verdict verdict, string? comment, TimeProvider clock)
    {
        var refused = RefuseUnlessApprover(actorId);
        if (refused is not null)
        {
            return refused;
        }

        if (verdict == Verdict.Block)
        {
            return WorkflowResult.Refused("De controle blokkeert dit bericht; goedkeuren kan niet. Stuur het terug.");
        }

        LastVerdict = verdict;
        ApprovedFingerprint = Content.Fingerprint;
        ApprovedBy = actorId;
        ApproverId = null;
        SetTerm(null);
        Move(PostAction.Approved, PostState.Approved, actorId, clock, comment);
        return WorkflowResult.Ok;
    }

    public WorkflowResult Return(string actorId, string comment, TimeProvider clock)
    {
        var refused = RefuseUnlessApprover(actorId);
        if (refused is not null)
        {
            return refused;
        }

        if (string.IsNullOrWhiteSpace(comment))
        {
            return WorkflowResult.Refused("Geef een toelichting, zodat de auteur weet wat er moet veranderen.");
        }

        ApproverId = null;
        SetTerm(null);
        Move(PostAction.Returned, PostState.Returned, actorId, clock, comment);
        return WorkflowResult.Ok;
    }

    /// <summary>
    /// Hands an open request whose deadline has passed to the next manager. Refused before the
    /// deadline, so a background job can call it repeatedly without moving requests early.
    /// </summary>
    public WorkflowResult Escalate(string nextApproverId, AdviceTerm? nextTerm, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        if (State != PostState.AdviceRequested || AdviceDeadline is null)
        {
            return WorkflowResult.Refused("Er staat geen adviesaanvraag met een termijn open.");
        }

        if (clock.GetUtcNow() < AdviceDeadline)
        {
            return WorkflowResult.Refused("De termijn voor advies is nog niet verstreken.");
        }

        if (IsAuthor(nextApproverId) || string.Equals(nextApproverId, ApproverId, StringComparison.Ordinal))
        {
            return WorkflowResult.Refused("Er is geen volgende leidinggevende om naar door te sturen.");
        }

        var previous = ApproverId;
        ApproverId = nextApproverId;
        SetTerm(nextTerm);
        Move(PostAction.Escalated, PostState.AdviceRequested, PostTransition.SystemActor, clock,
            PostTransitionReasons.EscalatedAfterDeadline, [previous ?? string.Empty, nextApproverId]);
        return WorkflowResult.Ok;
    }

    /// <summary>
    /// Hands an open request to the next manager because its manager reported being away, whatever the deadline;
    /// the new manager gets a fresh term.
    /// </summary>
    public WorkflowResult RedirectForAbsence(string absentId, string nextApproverId, AdviceTerm? nextTerm, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        if (State != PostState.AdviceRequested || !string.Equals(ApproverId, absentId, StringComparison.Ordinal))
        {
            return WorkflowResult.Refused("Deze adviesaanvraag is niet aan jou gericht.");
        }

        if (IsAuthor(nextApproverId) || string.Equals(nextApproverId, absentId, StringComparison.Ordinal))
        {
            return WorkflowResult.Refused("Er is geen volgende leidinggevende om naar door te sturen.");
        }

        ApproverId = nextApproverId;
        SetTerm(nextTerm);
        Move(PostAction.Escalated, PostState.AdviceRequested, absentId, clock,
            PostTransitionReasons.EscalatedForAbsence, [absentId, nextApproverId]);
        return WorkflowResult.Ok;
    }

    /// <summary>Records that the manager was reminded, so the reminder goes once. False when no reminder was due.</summary>
    public bool MarkReminded(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        if (State != PostState.AdviceRequested || AdviceReminderAt is not { } due || due > clock.GetUtcNow())
        {
            return false;
        }

        AdviceReminderAt = null;
        Version++; // the concurrency token: of two instances reminding at once, one commits
        return true;
    }

    private void SetTerm(AdviceTerm? term)
    {
        AdviceDeadline = term?.Deadline;
        AdviceReminderAt = term?.ReminderAt;
    }

    private WorkflowResult? RefuseUnlessApprover(string actorId)
    {
        if (State != PostState.AdviceRequested)
        {
            return WorkflowResult.Refused("Er is geen adviesaanvraag open voor dit bericht.");
        }

        if (IsAuthor(actorId))
        {
            return WorkflowResult.Refused("Je kunt je eigen bericht niet goedkeuren.");
        }

        return string.Equals(actorId, ApproverId, StringComparison.Ordinal)
            ? null
            : WorkflowResult.Refused("Deze adviesaanvraag is aan een andere leidinggevende gericht.");
    }
}
