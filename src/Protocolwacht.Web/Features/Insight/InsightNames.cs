using Protocolwacht.Domain.Organisation;
using Protocolwacht.Web.Features.Publishing;

namespace Protocolwacht.Web.Features.Insight;

/// <summary>
/// The names a reader knows a school and an account by, for the insight's form, tables and CSV: a school's name, an
/// account's platform and handle ("X @RegenboogEsveld"). The platform comes first so no name starts with '@', which a
/// spreadsheet would read as a formula (the CSV would have to prefix it with an apostrophe, shown in the cell). The
/// figures are kept by id; an id the organisation no longer has (an account removed after its posts were imported) is
/// shown as it is, so no row goes without a label.
/// </summary>
public sealed class InsightNames(OrganisationModel organisation, PlatformRules platforms)
{
    public string School(string id) => organisation.FindSchool(id)?.Name ?? id;

    public string Account(string id) => organisation.FindAccount(id) is { } account ? Account(account) : id;

    /// <summary>"Instagram @kckompas": the platform's name as its connector gives it (the channel's id without one), then the handle.</summary>
    public string Account(OfficialAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return $"{platforms.For(account)?.DisplayName ?? ChannelNames.Of(account.Channel)} {account.Handle}";
    }
}
