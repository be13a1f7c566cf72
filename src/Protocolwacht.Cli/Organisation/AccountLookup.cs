using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Cli.Organisation;

/// <summary>
/// Resolves the <c>--account</c> value of <c>check</c>: an official account id of the organisation
/// (<c>regenboog-x</c>) or <c>personal</c> for the author's own account.
/// </summary>
internal static class AccountLookup
{
    public const string Personal = "personal";

    public static ResolvedAccount? Resolve(OrganisationModel organisation, string accountId, string personalChannel, out string? error)
    {
        error = null;
        if (string.Equals(accountId, Personal, StringComparison.OrdinalIgnoreCase))
        {
            if (!Channels.Known.Contains(personalChannel))
            {
                error = $"Onbekend kanaal '{personalChannel}'. Toegestaan: {string.Join(", ", Channels.Known.Order(StringComparer.Ordinal))}.";
                return null;
            }

            return new ResolvedAccount(AccountKind.Personal, null, personalChannel);
        }

        if (organisation.FindAccount(accountId) is { } account)
        {
            return new ResolvedAccount(account.Kind, account.SchoolId, account.Channel);
        }

        var known = organisation.Accounts.Select(a => a.Id).Order(StringComparer.Ordinal);
        error = $"Onbekend account '{accountId}'. Kies '{Personal}' of een van: {string.Join(", ", known)}.";
        return null;
    }
}

/// <summary>The account a draft is meant for, as the check needs it.</summary>
internal sealed record ResolvedAccount(AccountKind Kind, string? SchoolId, string Channel);
