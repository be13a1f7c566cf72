using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Web.Features.Insight;

/// <summary>
/// The names a reader knows a school and an account by, for the insight's form, tables and CSV: a school's name, an
/// account's handle and platform ("@RegenboogEsveld (x)"). The figures are kept by id; an id the organisation no
/// longer has (an account removed after its posts were imported) is shown as it is, so no row goes without a label.
/// </summary>
public sealed class InsightNames(OrganisationModel organisation)
{
    public string School(string id) => organisation.FindSchool(id)?.Name ?? id;

    public string Account(string id) => organisation.FindAccount(id) is { } account ? Account(account) : id;

    public static string Account(OfficialAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return $"{account.Handle} ({account.Channel})";
    }
}
