namespace Protocolwacht.Persistence.Organisation;

/// <summary>What an administrator may change about a school; the BRIN is how school-system exports name it.</summary>
public sealed record SchoolEdit(string? Name, string? Town, string? Brin);
