using System.Globalization;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Web.Infrastructure.Localization;

namespace Protocolwacht.Web.Features.Organisation;

/// <summary>
/// An organisation file's error in the reader's language, its place said once: "regel 4, positie 12, bij 'staff[0]': …"
/// with only the parts that are known. <see cref="OrganisationFileError.ToString"/> is the Dutch line the command line
/// prints; the import page prints this one.
/// </summary>
public static class OrganisationFileErrorText
{
    public static string Of(OrganisationFileError error, Translate t)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(t);
        var message = t(error.Message);
        return (error.Position, error.Part) switch
        {
            ({ } position, { } part) => Format(t("regel {0}, positie {1}, bij '{2}': {3}"), error.Line, position, part, message),
            ({ } position, null) => Format(t("regel {0}, positie {1}: {2}"), error.Line, position, message),
            (null, { } part) => Format(t("regel {0}, bij '{1}': {2}"), error.Line, part, message),
            _ => Format(t("regel {0}: {1}"), error.Line, message),
        };
    }

    private static string Format(string template, params object[] holes) => string.Format(CultureInfo.CurrentCulture, template, holes);
}
