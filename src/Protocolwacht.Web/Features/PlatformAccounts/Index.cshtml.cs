using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Organisation;
using Protocolwacht.Web.Features.SignIn;

namespace Protocolwacht.Web.Features.PlatformAccounts;

/// <summary>The official accounts with who may post on each; credentials only as "set on &lt;date&gt;", never their value.</summary>
public sealed class IndexModel(OrganisationReader reader, ProtocolwachtDbContext db, CurrentStaff current) : PageModel
{
    public OrganisationModel? Organisation { get; private set; }

    public Dictionary<string, DateTimeOffset?> CredentialSetAt { get; private set; } = [];

    public bool IsAdmin => current.IsAdmin;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Organisation = await reader.LoadAsync(cancellationToken);
        CredentialSetAt = await db.OfficialAccounts.AsNoTracking()
            .ToDictionaryAsync(a => a.Id, a => a.ProtectedCredential == null ? null : a.CredentialSetAt, cancellationToken);
    }

    public IEnumerable<(string Owner, OfficialAccount Account)> Accounts =>
        Organisation is null
            ? []
            : Organisation.Board.Accounts.Select(a => (Organisation.Board.Name, a))
                .Concat(Organisation.Schools.SelectMany(s => s.Accounts.Select(a => (s.Name, a))));

    public string WhoMayPost(OfficialAccount account) =>
        string.Join(", ", PostingRightsAuthorizer.WhoMayPost(Organisation!, account).Select(s => s.Name));
}
