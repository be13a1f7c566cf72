using System.Security.Claims;
using Microsoft.Extensions.Options;
using Protocolwacht.Persistence.Identity;

namespace Protocolwacht.Web.Features.TwoFactor;

/// <summary>
/// An administrator (or, with <see cref="TwoFactorOptions.RequiredForEveryone"/>, anyone) signed in with a
/// password whose account has no authenticator app yet can do one thing: set it up. Pages redirect to the
/// enrolment page, the API answers 403. Sessions from OpenID Connect carry the provider as their
/// authentication method and are left to the provider's own multi-factor rules.
/// </summary>
public sealed class TwoFactorRequirement(RequestDelegate next, IOptionsMonitor<TwoFactorOptions> options)
{
    public const string EnrolPath = "/account/two-factor";

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!MustEnrol(context.User) || IsAlwaysAllowed(context.Request.Path))
        {
            return next(context);
        }

        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        }

        var back = context.Request.Path + context.Request.QueryString;
        context.Response.Redirect($"{EnrolPath}?returnUrl={Uri.EscapeDataString(back)}");
        return Task.CompletedTask;
    }

    private bool MustEnrol(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true
        && !user.HasClaim(c => c.Type == TwoFactorClaims.ClaimType)
        && user.FindFirst(ClaimTypes.AuthenticationMethod) is null // an external provider's sign-in
        && ((user.IsInRole(AppRoles.Admin) && options.CurrentValue.RequiredForAdministrators) || options.CurrentValue.RequiredForEveryone);

    // Signing out, the enrolment itself and the error pages stay reachable.
    private static bool IsAlwaysAllowed(PathString path) =>
        path.StartsWithSegments("/account", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/fout", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase);
}
