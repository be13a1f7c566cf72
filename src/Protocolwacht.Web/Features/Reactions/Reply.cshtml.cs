using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Domain.PostingRights;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence;
using Protocolwacht.Web.Features.Checks;
using Protocolwacht.Web.Features.Posts;
using Protocolwacht.Web.Features.Shared;
using Protocolwacht.Web.Features.SignIn;

namespace Protocolwacht.Web.Features.Reactions;

/// <summary>
/// The reply composer, opened from a reaction in the inbox (protocol DO6, R4/DONT4): the author says who wrote
/// the reaction (suggested from the roster), starts from a template that thanks and invites offline contact, and
/// saves a draft reply. From there the reply is a post like any other: checked with reply_to, advice on doubt,
/// the undo period, and the outbox places it once under the reaction.
/// </summary>
[Authorize]
public sealed class ReplyModel(ReactionInbox inbox, CurrentStaff current, PostWorkflow workflow, CheckerSnapshot checkers, ProtocolwachtDbContext db) : PageModel
{
    public InboxReaction Item { get; private set; } = null!;

    /// <summary>What the roster suggests about the reaction's author; null when it knows nothing.</summary>
    public ReplyAudience? Suggested { get; private set; }

    public IReadOnlyList<ReplyTemplates.Template> Templates { get; private set; } = [];

    /// <summary>Replies to this reaction already written (any state), newest first.</summary>
    public IReadOnlyList<(Guid Id, PostState State)> Earlier { get; private set; } = [];

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public ReplyAudience? Audience { get; set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Audience ??= Suggested;
        return Page();
    }

    /// <summary>Fills the text with a template (works without scripts); nothing is saved.</summary>
    public async Task<IActionResult> OnPostTemplateAsync(Guid id, int template, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (template >= 0 && template < Templates.Count)
        {
            Text = Templates[template].Text;
            ModelState.Remove(nameof(Text));
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Problem = await RefusalAsync(cancellationToken);
        if (Problem is not null)
        {
            return Page();
        }

        var post = await workflow.CreateReplyDraftAsync(User.StaffId(), Item.Reaction.Id, Item.Account.Id, Audience!.Value, Text!.Trim(), cancellationToken);
        return Redirect(PostLinks.Page(post.Id));
    }

    public static string StateText(PostState state) => state.ToDutch();

    private async Task<string?> RefusalAsync(CancellationToken cancellationToken)
    {
        if (Audience is null)
        {
            return "Kies wie de reactie schreef: een ouder, een leerling, een medewerker of iemand anders.";
        }

        if (string.IsNullOrWhiteSpace(Text))
        {
            return "Schrijf een antwoord, of begin met een van de voorbeeldteksten.";
        }

        if (Text.Length > PostContent.MaxTextLength)
        {
            return TooLongDraft.Refusal(Text.Length);
        }

        var organisation = await checkers.OrganisationAsync(cancellationToken);
        var me = organisation.FindStaff(User.StaffId());
        var decision = me is null
            ? PostingDecision.NotStaff(NotStaff)
            : new PostingRightsPolicy(organisation.PostingRights).Decide(me, PostingTarget.For(Item.Account));
        return decision.Allowed ? null : NotAllowedToReply(Item.Account.Handle, decision.Reason);
    }

    private const string NotStaff = "Je bent niet bekend als medewerker van de organisatie.";

    // A template, not an interpolated string: its UiText entry translates it, the reason (the posting-rights policy's,
    // whose English lives with the check's messages) in its hole.
    private const string NotAllowedToReplyText = "Je mag niet plaatsen op {0}, dus ook niet antwoorden. {1}";

    /// <summary>The reply page's refusal when the reader may not post on the reaction's account, with the policy's reason.</summary>
    public static string NotAllowedToReply(string handle, string reason) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, NotAllowedToReplyText, handle, reason);

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await inbox.FindAsync(id, await current.GetAsync(cancellationToken), current.IsAdmin, cancellationToken);
        if (found is null)
        {
            return false;
        }

        Item = found;
        var organisation = await checkers.OrganisationAsync(cancellationToken);
        Suggested = AudienceSuggestion.Suggest(organisation, found.Account, found.Reaction.AuthorName);
        Templates = ReplyTemplates.For(found.SchoolName);
        var me = User.StaffId();
        Earlier = [.. (await db.Posts.AsNoTracking().Where(p => p.ReplyToReactionId == id && p.AuthorId == me)
            .OrderByDescending(p => p.CreatedAt).Select(p => new { p.Id, p.State }).ToListAsync(cancellationToken)).Select(p => (p.Id, p.State))];
        return true;
    }
}
