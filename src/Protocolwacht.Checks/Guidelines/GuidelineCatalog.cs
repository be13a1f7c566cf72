namespace Protocolwacht.Checks.Guidelines;

/// <summary>
/// Title and text of a cited part by id, for a finding that carries only the id (the batch contract).
/// Reads <see cref="Protocol"/>; an unknown id gives the id itself so a finding never fails to render.
/// </summary>
public static class GuidelineCatalog
{
    public static IEnumerable<string> Ids => Protocol.All.Select(g => g.Id);

    public static string TitleOf(string id) => Protocol.TryGet(id, out var g) ? g.Title : id;

    public static string TextOf(string id) => Protocol.TryGet(id, out var g) ? g.Text : id;
}
