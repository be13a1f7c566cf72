namespace Protocolwacht.Persistence.Organisation;

/// <summary>What an administrator may change about a pupil (consent has its own register).</summary>
public sealed record PupilEdit(string? Name, string? SchoolId, string? Group);
