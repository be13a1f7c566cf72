using System.Globalization;
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
        var reason = ConsentRefusals.Reason(refused);
        var names = refused.Select(r => r.Student.Name).ToList();
        var text = $"Een ingepland bericht wordt tegengehouden: {reason} Het gaat om {string.Concat(names)}.";
        if (names.Count > 1)
        {
            // The Dutch list ("Noah Bos, Sara Ouali en Daan Kok"): one " en " before the last name only, as a template of
            // its own, so the stored notice's English says "and" once.
            text = string.Format(CultureInfo.InvariantCulture, "Een ingepland bericht wordt tegengehouden: {0} Het gaat om {1} en {2}.", reason, string.Join(", ", names[..^1]), names[^1]);
        }

        foreach (var recipient in Recipients(authorId, refused, organisation))
        {
            await notifier.NotifyAsync(recipient, "Bericht tegengehouden: toestemming ingetrokken", text, PostLinks.Page(postId), cancellationToken);
        }
    }

    private static IEnumerable<string> Recipients(string authorId, IReadOnlyList<ConsentRefusal> refused, OrganisationModel organisation)
    {
        var schools = refused.Select(r => r.Student.SchoolId).ToHashSet(StringComparer.Ordinal);
        return organisation.Staff.Where(s => s.Role == StaffRole.Directie && s.SchoolId is not null && schools.Contains(s.SchoolId))
            .Select(s => s.Id).Prepend(authorId).Distinct(StringComparer.Ordinal);
    }
}
