using Protocolwacht.Domain.Organisation;
using Protocolwacht.Persistence.Audit;
using Protocolwacht.Persistence.Identity;

namespace Protocolwacht.Persistence.Organisation;

/// <summary>
/// The one use case "import an organisation file", behind the web page <c>/organisation/import</c> and
/// <c>protocolwacht org import</c>: the organisation rows and a sign-in account for every new staff member
/// are committed in one transaction, so a file either applies completely (people who can sign in at once)
/// or, when any step fails, leaves the database as it was. Consent the register already holds is never
/// overwritten by the file; contradictions come back in <see cref="OrganisationImportSummary.ConsentConflicts"/>.
/// </summary>
public sealed class OrganisationImporter(ProtocolwachtDbContext db, OrganisationRows rows, SignInAccounts accounts, IAuditLog audit)
{
    /// <exception cref="SignInAccountException">A new staff member's account could not be created; nothing was imported.</exception>
    public async Task<OrganisationImportSummary> ImportAsync(OrganisationModel model, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var summary = await rows.ApplyAsync(model, cancellationToken);
        var created = await accounts.CreateMissingAsync(cancellationToken);
        await audit.RecordAsync(actor, AuditActions.OrganisationImported, $"bestuur:{model.Board.Id}",
            $"{summary.Added} toegevoegd, {summary.Updated} bijgewerkt, {summary.Removed} verwijderd, {created} aanmeldaccounts", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return summary with { SignInAccountsCreated = created };
    }
}
