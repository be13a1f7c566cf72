using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence.Identity;

namespace Protocolwacht.Web.Features.Posts.Changes;

/// <summary>
/// "Bericht aanpassen": a new revision of a published post with a required reason, checked like a draft.
/// Where the platform edits, the post is edited; elsewhere a correction reply is placed.
/// </summary>
public sealed class CorrectModel(PostWorkflow workflow, PostChanges changes) : PageModel
{
    public Post Post { get; private set; } = null!;

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public string? Problem { get; private set; }

    /// <summary>The refusal's causes, each a sentence of its own (the check's blocking findings).</summary>
    public IReadOnlyList<string> Reasons { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    private string Me => User.StaffId();

    private bool IsAdmin => User.IsInRole(AppRoles.Admin);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await LoadAsync(id, cancellationToken);
        if (found is not null)
        {
            return found;
        }

        Text = Post.Text;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await LoadAsync(id, cancellationToken);
        if (found is not null)
        {
            return found;
        }

        var result = await changes.CorrectAsync(Post, Me, IsAdmin, Text, Reason, cancellationToken);
        if (!result.Succeeded)
        {
            Problem = result.Error;
            Reasons = result.Reasons;
            return Page();
        }

        Message = "De aanpassing is vastgelegd en wordt op het platform geplaatst (of wacht op goedkeuring als de controle twijfelt).";
        return Redirect(PostLinks.Page(id));
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var post = await workflow.FindAsync(id, cancellationToken);
        if (post is null || !PostAccess.MayView(User, post))
        {
            return NotFound();
        }

        Post = post;
        return PostChanges.MayCorrect(post, Me, IsAdmin) ? null : StatusCode(StatusCodes.Status403Forbidden);
    }
}
