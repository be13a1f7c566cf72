namespace Protocolwacht.Web.Features.Shared;

/// <summary>What <c>_Refusal.cshtml</c> shows: a refusal's Dutch sentence and its causes, each translated on its own.</summary>
public sealed record Refusal(string? Problem, IReadOnlyList<string> Reasons);
