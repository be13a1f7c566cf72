using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Protocolwacht.Web.Features.SignIn;

namespace Protocolwacht.Web.Features.PlatformAccounts.Connect;

/// <summary>
/// Where a platform sends the administrator back (<c>code</c> and <c>state</c>, or <c>error</c>). A connection sends
/// them on to the account's connect page (or to the page choice, when a Facebook sign-in manages several pages); a
/// failure is shown here in Dutch, with nothing stored.
/// </summary>
[Authorize(Policy = Policies.Admin)]
public sealed class CallbackModel(ConnectionFlow flow) : PageModel
{
    public ConnectResult? Result { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? code, string? state, string? error, [FromQuery(Name = "error_description")] string? errorDescription, CancellationToken cancellationToken)
    {
        Result = await flow.FinishAsync(HttpContext, code, state, error, errorDescription, cancellationToken);
        if (Result.Connected)
        {
            return Redirect($"/accounts/connect/{Result.AccountId}?gekoppeld=1");
        }

        if (Result.ChoosePage)
        {
            return Redirect(PendingPageChoices.ChoicePath);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
