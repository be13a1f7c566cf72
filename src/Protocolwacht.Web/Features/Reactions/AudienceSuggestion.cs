using Protocolwacht.Domain.Organisation;
using Protocolwacht.Domain.Posts;

namespace Protocolwacht.Web.Features.Reactions;

/// <summary>
/// A suggestion for who wrote a reaction, from the roster: a display name equal to a parent's or pupil's name
/// of the account's school (every school for a board account). Only a suggestion: the author chooses, and only
/// the kind is stored with the reply, never which parent or pupil matched (least data).
/// </summary>
public static class AudienceSuggestion
{
    public static ReplyAudience? Suggest(OrganisationModel organisation, OfficialAccount account, string? authorName)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(account);
        var name = Normalise(authorName);
        if (name.Length == 0)
        {
            return null;
        }

        var pupils = organisation.Students.Where(s => account.SchoolId is null || s.SchoolId == account.SchoolId).ToList();
        if (pupils.Any(s => Normalise(s.Name) == name))
        {
            return ReplyAudience.Pupil;
        }

        var pupilIds = pupils.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        if (organisation.Parents.Any(p => Normalise(p.Name) == name && p.ChildIds.Any(pupilIds.Contains)))
        {
            return ReplyAudience.Parent;
        }

        return organisation.Staff.Any(s => Normalise(s.Name) == name) ? ReplyAudience.Staff : null;
    }

    public static string Dutch(ReplyAudience audience) => audience switch
    {
        ReplyAudience.Parent => "een ouder",
        ReplyAudience.Pupil => "een leerling",
        ReplyAudience.Staff => "een medewerker",
        _ => "iemand anders (publiek)",
    };

    private static string Normalise(string? name) =>
        string.Join(' ', (name ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToLowerInvariant();
}
