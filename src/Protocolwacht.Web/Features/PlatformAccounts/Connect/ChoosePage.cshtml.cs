using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Protocolwacht.Web.Features.Posts;
using Protocolwacht.Web.Features.SignIn;

namespace Protocolwacht.Web.Features.PlatformAccounts.Connect;

/// <summary>
/// After a Facebook sign-in that manages several pages: the administrator picks the page for the account (Instagram:
/// the page its professional account is linked to). Shows only names and ids; the choice is used once.
/// </summary>
[Authorize(Policy = Policies.Admin)]
public sealed class ChoosePageModel(PendingPageChoices choices, ConnectionFlow flow) : PageModel
{
    public PendingPageChoice? Choice { get; private set; }

    public string? Problem { get; private set; }

    [BindProperty]
    public string? PageId { get; set; }

    public void OnGet() => Choice = choices.Peek(HttpContext, User.StaffId());

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await flow.ChoosePageAsync(HttpContext, PageId, cancellationToken);
        if (result is { Connected: true })
        {
            return Redirect($"/accounts/connect/{result.AccountId}?gekoppeld=1");
        }

        Choice = choices.Peek(HttpContext, User.StaffId());
        Problem = result?.Message;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
