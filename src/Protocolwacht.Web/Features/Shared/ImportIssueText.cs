using System.Globalization;
using Protocolwacht.Imports;
using Protocolwacht.Web.Infrastructure.Localization;

namespace Protocolwacht.Web.Features.Shared;

/// <summary>
/// An import issue in the reader's language: where it is (file, line, column, the JSON path or column header, which
/// stay as they are) and what is wrong, each part translated on its own. <see cref="ImportIssue.ToString"/> is the
/// Dutch line the command line prints; a page prints this one.
/// </summary>
public static class ImportIssueText
{
    public static string Of(ImportIssue issue, Translate t)
    {
        ArgumentNullException.ThrowIfNull(issue);
        ArgumentNullException.ThrowIfNull(t);
        var where = (issue.Line, issue.Column) switch
        {
            ({ } line, { } column) => Format(t("{0}, regel {1}, kolom {2}"), issue.File, line, column),
            ({ } line, null) => Format(t("{0}, regel {1}"), issue.File, line),
            (null, { } column) => Format(t("{0}, kolom {1}"), issue.File, column),
            _ => issue.File,
        };
        var path = string.IsNullOrEmpty(issue.Path) ? string.Empty : $" ({issue.Path})";
        return $"{where}{path}: {t(issue.Message)}";
    }

    private static string Format(string template, params object[] holes) => string.Format(CultureInfo.CurrentCulture, template, holes);
}
