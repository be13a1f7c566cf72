namespace Protocolwacht.Domain.Organisation;

public sealed record Parent(string Id, string Name, IReadOnlyList<string> ChildIds);
