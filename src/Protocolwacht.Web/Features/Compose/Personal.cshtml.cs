using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Protocolwacht.Checks;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Web.Features.Checks;
using Protocolwacht.Web.Features.Posts;

namespace Protocolwacht.Web.Features.Compose;

/// <summary>
/// Advice on a post for one's own personal account (R2, DO1, BG7). Protocolwacht does not publish it
/// and stores nothing of it: the text lives only in this request and its answer.
/// </summary>
public sealed class PersonalModel(CheckerSnapshot checkers) : PageModel
{
    [BindProperty]
    public string Text { get; set; } = string.Empty;

    [BindProperty]
    public bool Logo { get; set; }

    public CheckResult? Result { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var checker = await checkers.CurrentAsync(cancellationToken);
        IReadOnlyList<PostAttachment> attachments = Logo
            ? [new PostAttachment(Guid.Empty, AttachmentKind.Image, "", null, Protocolwacht.Domain.Posts.AttachmentSource.Own, null, [], 0, Logo: true)]
            : [];
        Result = PostCheck.RunPersonal(checker, Text ?? string.Empty, User.StaffId(), attachments);
        return Page();
    }
}
