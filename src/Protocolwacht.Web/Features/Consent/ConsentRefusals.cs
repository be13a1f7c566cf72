using System.Globalization;
using Protocolwacht.Checks;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Domain.Posts;

namespace Protocolwacht.Web.Features.Consent;

/// <summary>A pupil in a post whose consent is now "nee": shown on an image (photo consent) or named in the text (name consent).</summary>
public sealed record ConsentRefusal(Student Student, bool Shown, bool Named);

public static class ConsentRefusals
{
    public static IReadOnlyList<ConsentRefusal> Find(ProtocolChecker checker, string text, IReadOnlyList<PostAttachment> attachments)
    {
        ArgumentNullException.ThrowIfNull(checker);
        ArgumentNullException.ThrowIfNull(attachments);
        var organisation = checker.Organisation;
        var shown = attachments.SelectMany(a => a.DepictedStudentIds).Select(organisation.FindStudent).OfType<Student>()
            .Where(s => s.SocialMediaConsent == false).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var named = checker.NamedStudentIds(text).Select(organisation.FindStudent).OfType<Student>()
            .Where(s => s.NameConsent == false).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        return [.. shown.Union(named).Order(StringComparer.Ordinal).Select(id => new ConsentRefusal(organisation.FindStudent(id)!, shown.Contains(id), named.Contains(id)))];
    }

    /// <summary>The Dutch reason for the author; it names no pupil (the post page and the notice say which).</summary>
    public static string Reason(IReadOnlyList<ConsentRefusal> refused)
    {
        ArgumentNullException.ThrowIfNull(refused);
        var what = (refused.Any(r => r.Shown), refused.Any(r => r.Named)) switch
        {
            (true, true) => "beeld en naam",
            (true, false) => "beeld",
            _ => "naam",
        };
        return string.Format(CultureInfo.InvariantCulture, "een leerling in dit bericht heeft geen toestemming (meer) voor {0} op social media. Pas het bericht aan of annuleer de publicatie.", what);
    }
}
