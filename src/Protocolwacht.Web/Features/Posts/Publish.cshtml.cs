using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Protocolwacht.Checks;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Web.Features.Checks;
using Protocolwacht.Web.Features.Publishing;

namespace Protocolwacht.Web.Features.Posts;

/// <summary>
/// "Denk na voordat je post": the confirmation before publishing shows the findings, the accounts and
/// the undo period; confirming commits the post with one outbox row per account.
/// </summary>
public sealed class PublishModel(PostWorkflow workflow, CheckerSnapshot checkers, ConnectorResolver connectors, IOptions<PublishingOptions> publishing) : PageModel
{
    public Post Post { get; private set; } = null!;
    public CheckResult Check { get; private set; } = null!;
    /// <summary>Each chosen account with the channel it would publish on; a null channel: not connected.</summary>
    public IReadOnlyList<(OfficialAccount? Account, string Id, string? Channel)> Targets { get; private set; } = [];
    public TimeSpan UndoPeriod => publishing.Value.UndoPeriod;

    [TempData]
    public string? Problem { get; set; }

    /// <summary>The refusal's causes, each a sentence of its own (<see cref="WorkflowResult.Reasons"/>).</summary>
    [TempData]
    public string[]? Reasons { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var post = await workflow.FindAsync(id, cancellationToken);
        if (post is null || !post.IsAuthor(User.StaffId()))
        {
            return NotFound();
        }

        Post = post;
        Check = await workflow.CheckAsync(post, fresh: true, cancellationToken);
        var organisation = await checkers.OrganisationAsync(cancellationToken);
        var targets = new List<(OfficialAccount?, string, string?)>();
        foreach (var accountId in post.AccountIds)
        {
            targets.Add((organisation.FindAccount(accountId), accountId, await connectors.ChannelForAsync(accountId, cancellationToken)));
        }

        Targets = targets;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var post = await workflow.FindAsync(id, cancellationToken);
        if (post is null || !post.IsAuthor(User.StaffId()))
        {
            return NotFound();
        }

        var result = await workflow.ConfirmAsync(post, User.StaffId(), UndoPeriod, connectors.ChannelForAsync, cancellationToken);
        if (!result.Succeeded)
        {
            Problem = result.Error;
            Reasons = result.Reasons.Count > 0 ? [.. result.Reasons] : null;
            return RedirectToPage(new { id });
        }

        return Redirect(PostLinks.Page(id));
    }
}
