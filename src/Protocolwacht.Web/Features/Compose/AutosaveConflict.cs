using Protocolwacht.Domain.Posts;
using Protocolwacht.Domain.Time;
using Protocolwacht.Web.Features.Shared;

namespace Protocolwacht.Web.Features.Compose;

/// <summary>
/// The draft as another tab left it, sent back with a refused autosave so the page can show it beside the author's
/// own text and let them choose: <see cref="Theirs"/> to take it over, <see cref="Difference"/> (from the stored text
/// to the text this page sent, word by word) to see what differs.
/// </summary>
public sealed record AutosaveConflict(DraftVersion Theirs, IReadOnlyList<DiffPart> Difference)
{
    public static AutosaveConflict Between(Post stored, string mine)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var scheduled = stored.ScheduledAt is { } at ? DutchTime.ToLocal(at) : (DateTime?)null;
        return new AutosaveConflict(new DraftVersion(stored.Text, stored.AccountIds, scheduled), WordDiff.Compare(stored.Text, mine));
    }
}
