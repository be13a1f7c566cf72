using System.Globalization;
using Protocolwacht.Domain.Posts;

namespace Protocolwacht.Web.Features.Shared;

/// <summary>
/// The refusal of a draft text longer than <see cref="PostContent.MaxTextLength"/>: the domain's Dutch template with the
/// numbers written as the request's culture writes them (10.000 for a Dutch reader, 10,000 for an English one), as
/// <c>PlatformRules</c> writes its numbers; a page's <c>T</c> then says the sentence in the reader's language.
/// </summary>
public static class TooLongDraft
{
    public static string Refusal(int length) =>
        string.Format(CultureInfo.CurrentCulture, PostContent.TooLongText,
            PostContent.MaxTextLength.ToString("N0", CultureInfo.CurrentCulture), length.ToString("N0", CultureInfo.CurrentCulture));
}
