using Protocolwacht.Domain.Organisation;
using Protocolwacht.Web.Features.Notifications;
using Protocolwacht.Web.Features.Posts;

namespace Protocolwacht.Web.Features.Consent;

/// <summary>Tells the author and the director of the pupil's school why a post is held after a consent changed to "nee".</summary>
public sealed class ConsentNotices(Notifier notifier)
{
    public async Task HeldAsync(string authorId, IReadOnlyList<ConsentRefusal> refused, Guid postId, OrganisationModel organisation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(refused);
        ArgumentNullException.ThrowIfNull(organisation);
        var text = $"Een ingepland bericht wordt tegengehouden: {ConsentRefusals.Reason(refused)} Het gaat om {NameList(refused.Select(r => r.Student.Name).ToList())}.";
        foreach (var recipient in Recipients(authorId, refused, organisation))
        {
            await notifier.NotifyAsync(recipient, "Bericht tegengehouden: toestemming ingetrokken", text, PostLinks.Page(postId), cancellationToken);
        }
    }

    // "Noah Bos, Sara Ouali en Daan de Vries": the Dutch list, with one " en " before the last name only, so the text's
    // English template ("... {1} en {2}.") takes every name before it as one part and says "and" once.
    private static string NameList(IReadOnlyList<string> names) =>
        names.Count < 2 ? string.Concat(names) : $"{string.Join(", ", names.Take(names.Count - 1))} en {names[^1]}";

    private static IEnumerable<string> Recipients(string authorId, IReadOnlyList<ConsentRefusal> refused, OrganisationModel organisation)
    {
        var schools = refused.Select(r => r.Student.SchoolId).ToHashSet(StringComparer.Ordinal);
        return organisation.Staff.Where(s => s.Role == StaffRole.Directie && s.SchoolId is not null && schools.Contains(s.SchoolId))
            .Select(s => s.Id).Prepend(authorId).Distinct(StringComparer.Ordinal);
    }
}
