using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Web.Features.Checks;
using Protocolwacht.Web.Features.Posts;
using Protocolwacht.Web.Features.SignIn;

namespace Protocolwacht.Web.Features.PlatformAccounts.Connect;

/// <summary>
/// After a Facebook sign-in that manages several pages: the administrator picks the page for the account (Instagram:
/// the page its professional account is linked to). Shows the pages by name (an id only to tell apart two pages of the same name); the choice is used once.
/// </summary>
[Authorize(Policy = Policies.Admin)]
public sealed class ChoosePageModel(PendingPageChoices choices, ConnectionFlow flow, CheckerSnapshot checkers) : PageModel
{
    /// <summary>The account being connected as people know it ("@kckompas (Instagram)"), not its id.</summary>
    public string AccountName { get; private set; } = string.Empty;

    public PendingPageChoice? Choice { get; private set; }

    public string? Problem { get; private set; }

    [BindProperty]
    public string? PageId { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Choice = choices.Peek(HttpContext, User.StaffId());
        await NameTheAccountAsync(cancellationToken);
    }

    public bool SharesItsName(PageOption option)
    {
        ArgumentNullException.ThrowIfNull(option);
        var same = 0;
        foreach (var page in Choice?.Pages ?? [])
        {
            same += page.Name == option.Name ? 1 : 0;
        }

        return same > 1;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await flow.ChoosePageAsync(HttpContext, PageId, cancellationToken);
        if (result is { Connected: true })
        {
            return Redirect($"/accounts/connect/{result.AccountId}?gekoppeld=1");
        }

        Choice = choices.Peek(HttpContext, User.StaffId());
        await NameTheAccountAsync(cancellationToken);
        Problem = result?.Message;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task NameTheAccountAsync(CancellationToken cancellationToken)
    {
        if (Choice is { } choice)
        {
            var organisation = await checkers.OrganisationAsync(cancellationToken);
            AccountName = organisation.FindAccount(choice.AccountId) is { } account ? ChannelNames.Label(account) : choice.AccountId;
        }
    }
}
