namespace Protocolwacht.Persistence.Organisation;

/// <summary>
/// What an administrator may change about a school; the BRIN is how school-system exports name it;
/// <see cref="AdviceWorkingDays"/> is the school's own term for advice requests (null: the board's default).
/// </summary>
public sealed record SchoolEdit(string? Name, string? Town, string? Brin, int? AdviceWorkingDays = null);
