using Protocolwacht.Domain.Organisation;
using Protocolwacht.Domain.PostingRights;
using Protocolwacht.Web.Features.Posts;
using Protocolwacht.Web.Features.Publishing;

namespace Protocolwacht.Web.Features.Compose;

/// <summary>
/// The accounts a staff member may compose for and which of them are connected: what the composer offers, and
/// what every save of a draft (the buttons and the autosave) keeps to, so the two cannot drift apart.
/// </summary>
public sealed record ComposerAccounts(StaffMember Author, IReadOnlyList<OfficialAccount> Allowed, IReadOnlySet<string> Connected)
{
    public const string NoneAllowed = "Kies minstens één account waarop je mag plaatsen.";

    /// <summary>Null when the person is not in the organisation.</summary>
    public static async Task<ComposerAccounts?> ForAsync(
        OrganisationModel organisation, string staffId, ConnectorResolver connectors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(connectors);
        var author = organisation.FindStaff(staffId);
        if (author is null)
        {
            return null;
        }

        var policy = new PostingRightsPolicy(organisation.PostingRights);
        var allowed = organisation.Accounts.Where(a => policy.MayPost(author, PostingTarget.For(a))).ToList();
        var connected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var account in allowed)
        {
            if (await connectors.ChannelForAsync(account.Id, cancellationToken) is not null)
            {
                connected.Add(account.Id);
            }
        }

        return new ComposerAccounts(author, allowed, connected);
    }

    /// <summary>What is wrong with a choice of accounts, in Dutch; empty when it may be saved.</summary>
    public IReadOnlyList<string> Problems(IEnumerable<string> chosenIds)
    {
        ArgumentNullException.ThrowIfNull(chosenIds);
        var chosen = chosenIds.Distinct(StringComparer.Ordinal).ToList();
        var allowed = Allowed.Where(a => chosen.Contains(a.Id, StringComparer.Ordinal)).ToList();
        if (chosen.Count == 0 || allowed.Count != chosen.Count)
        {
            return [NoneAllowed];
        }

        return [.. allowed.Where(a => !Connected.Contains(a.Id)).Select(a => PostWorkflow.NotConnected(a.Handle))];
    }
}
