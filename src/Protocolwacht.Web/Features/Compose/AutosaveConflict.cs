using Protocolwacht.Domain.Posts;
using Protocolwacht.Web.Features.Shared;

namespace Protocolwacht.Web.Features.Compose;

/// <summary>
/// The draft as another tab left it, sent back with a refused save (the autosave, or a button of the composer) so the page can show it beside the author's
/// own text and let them choose: <see cref="Theirs"/> to take it over, <see cref="Difference"/> (from the stored text
/// to the text this page sent, word by word) to see what differs.
/// </summary>
public sealed record AutosaveConflict(DraftVersion Theirs, IReadOnlyList<DiffPart> Difference)
{
    public static AutosaveConflict Between(Post stored, string mine)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return new AutosaveConflict(KnownDraftVersions.Of(stored), WordDiff.Compare(stored.Text, mine));
    }
}
