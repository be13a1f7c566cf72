namespace Protocolwacht.Web.Features.Shared.Menu;

/// <summary>A menu link as the layout shows it to this person: its count (null when it has none) and whether it is the current page.</summary>
public sealed record MenuLink(MenuItem Item, int? Count, bool Current);
