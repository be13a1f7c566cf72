using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Connectors;
using Protocolwacht.Domain.PostingRights;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Audit;
using Protocolwacht.Persistence.Organisation;
using Protocolwacht.Web.Features.Posts;
using Protocolwacht.Web.Features.Publishing;
using Protocolwacht.Web.Features.SignIn;

namespace Protocolwacht.Web.Features.PlatformAccounts;

public static class PlatformAccountsApi
{
    public static IEndpointRouteBuilder MapPlatformAccounts(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/accounts").WithTags("Accounts").RequireAuthorization();
        group.MapGet("/", ListAsync)
            .WithName("ListAccounts")
            .WithSummary("Official accounts, whether a credential is set (never the credential) and whether the caller may post on each.");
        group.MapGet("/{id}/posting-rights", CheckPostingRightsAsync)
            .WithName("CheckPostingRights")
            .WithSummary("200 when the caller may post on the account, 403 with the reason when not (ACCOUNT).");
        group.MapPut("/{id}/credential", SetCredentialAsync)
            .WithName("SetAccountCredential")
            .WithSummary("Stores the platform credential encrypted (administrators). It is never returned.")
            .RequireAuthorization(Policies.Admin);
        return app;
    }

    internal static async Task<Ok<List<AccountDto>>> ListAsync(OrganisationReader reader, ProtocolwachtDbContext db, PostingRightsAuthorizer authorizer, CurrentStaff current, CancellationToken cancellationToken)
    {
        var organisation = await reader.LoadRequiredAsync(cancellationToken);
        var setAt = await db.OfficialAccounts.AsNoTracking()
            .ToDictionaryAsync(a => a.Id, a => a.ProtectedCredential == null ? null : a.CredentialSetAt, cancellationToken);
        var staff = await current.GetAsync(cancellationToken);
        var accounts = new List<AccountDto>();
        foreach (var account in organisation.Accounts.OrderBy(a => a.SchoolId ?? string.Empty, StringComparer.Ordinal).ThenBy(a => a.Id, StringComparer.Ordinal))
        {
            var decision = await authorizer.DecideAsync(staff?.Id, account.Id, cancellationToken);
            accounts.Add(new AccountDto(account.Id, account.Channel, account.Handle, account.SchoolId, setAt.GetValueOrDefault(account.Id) is not null, setAt.GetValueOrDefault(account.Id), decision.Allowed));
        }

        return TypedResults.Ok(accounts);
    }

    internal static async Task<Results<Ok<PostingRightsDto>, ProblemHttpResult, NotFound>> CheckPostingRightsAsync(
        string id, HttpContext http, IAuthorizationService authorization, PostingRightsAuthorizer authorizer, CancellationToken cancellationToken)
    {
        var result = await authorization.AuthorizeAsync(http.User, id, PostingRightsAuthorizer.PolicyName);
        if (result.Succeeded)
        {
            return TypedResults.Ok(new PostingRightsDto(id, true, "Je mag op dit account plaatsen."));
        }

        var decision = await authorizer.DecideAsync(http.User.Identity?.Name, id, cancellationToken);
        return decision.Denial == PostingDenial.UnknownAccount
            ? TypedResults.NotFound()
            : TypedResults.Problem(decision.Reason, statusCode: StatusCodes.Status403Forbidden, title: "Geen plaatsingsrecht");
    }

    internal static async Task<Results<NoContent, NotFound, ValidationProblem>> SetCredentialAsync(
        string id, CredentialBody body, ProtocolwachtDbContext db, AccountCredentials credentials, TimeProvider time, IAuditLog audit, HttpContext http, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(body.AccessToken))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["accessToken"] = ["Vul een toegangstoken in."] });
        }

        var row = await db.OfficialAccounts.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (row is null)
        {
            return TypedResults.NotFound();
        }

        row.ProtectedCredential = credentials.Protect(new PlatformCredentials(body.AccessToken) { RefreshToken = body.RefreshToken, AccountId = body.PlatformAccountId, InstanceBaseUrl = body.InstanceBaseUrl });
        row.CredentialSetAt = time.GetUtcNow();
        // A pasted token's expiry is unknown: nothing is refreshed or warned about until it is connected through the platform.
        row.AccessTokenExpiresAt = null;
        row.ConnectionEndsAt = null;
        row.ExpiryWarnedDays = null;
        await audit.RecordAsync(http.User.StaffId(), AuditActions.AccountCredentialChanged, $"account:{row.Id}", "toegangstoken ingesteld (API)", cancellationToken);
        await db.SaveChangesAsync(cancellationToken); // credential and its moment in one write
        credentials.Forget(id);
        return TypedResults.NoContent();
    }
}

/// <param name="CredentialSet">Whether a platform credential is stored; the credential itself is never part of any response.</param>
public sealed record AccountDto(string Id, string Channel, string Handle, string? SchoolId, bool CredentialSet, DateTimeOffset? CredentialSetAt, bool MayPost);

public sealed record PostingRightsDto(string AccountId, bool Allowed, string Reason);

public sealed record CredentialBody(string AccessToken, string? RefreshToken, string? PlatformAccountId, Uri? InstanceBaseUrl);
