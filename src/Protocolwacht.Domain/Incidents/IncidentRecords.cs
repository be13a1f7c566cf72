namespace Protocolwacht.Domain.Incidents;

/// <summary>
/// A person involved, by role only ("leerling", "ouder", "medewerker", "extern") with at most a short
/// description ("leerling groep 7"): the register needs to know who is affected, not their file.
/// </summary>
public sealed record IncidentPerson(string Role, string? Description);

/// <summary>One step on the incident's timeline: what happened or was done, by whom (a staff id, or "melder").</summary>
public sealed record IncidentEntry(DateTimeOffset At, string Actor, string Text);

/// <summary>A follow-up task; <see cref="DoneAt"/> is null while open.</summary>
public sealed record IncidentTask(Guid Id, string Text, string? AssigneeId, DateTimeOffset? DoneAt, string? DoneBy);
