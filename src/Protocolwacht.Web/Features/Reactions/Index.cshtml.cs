using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Protocolwacht.Connectors.Reactions;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Web.Features.Posts;
using Protocolwacht.Web.Features.SignIn;

namespace Protocolwacht.Web.Features.Reactions;

/// <summary>
/// The reactions inbox: reactions to the school's (or, for administrators, every) account's published posts,
/// newest first, filtered by what still needs an answer, what the check flagged, or what was answered.
/// </summary>
[Authorize]
public sealed class IndexModel(ReactionInbox inbox, CurrentStaff current) : PageModel
{
    /// <summary>The longest toelichting sent with a report (Mastodon takes 1,000 characters).</summary>
    public const int MaxReportComment = 1000;

    public IReadOnlyList<InboxReaction> Reactions { get; private set; } = [];
    public IReadOnlyList<OfficialAccount> Accounts { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "filter")]
    public string? Filter { get; set; }

    [BindProperty(SupportsGet = true, Name = "account")]
    public string? AccountId { get; set; }

    [TempData]
    public string? Problem { get; set; }

    [TempData]
    public string? Message { get; set; }

    public string CurrentFilter => ReactionFilter.Normalise(Filter);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var staff = await current.GetAsync(cancellationToken);
        Accounts = await inbox.AccountsAsync(staff, current.IsAdmin, cancellationToken);
        var account = Accounts.Any(a => a.Id == AccountId) ? AccountId : null;
        Reactions = await inbox.ListAsync(staff, current.IsAdmin, CurrentFilter, account, cancellationToken);
    }

    public async Task<IActionResult> OnPostHideAsync(Guid id, CancellationToken cancellationToken)
    {
        var error = await inbox.HideAsync(id, await current.GetAsync(cancellationToken), current.IsAdmin, User.StaffId(), cancellationToken);
        Problem = error;
        Message = error is null ? "De reactie is verborgen op het platform. Hij is niet verwijderd." : null;
        return Back();
    }

    public async Task<IActionResult> OnPostReportAsync(Guid id, ReportReason reason, string? comment, CancellationToken cancellationToken)
    {
        var error = comment?.Length > MaxReportComment
            ? "De toelichting voor het platform is te lang (hoogstens 1000 tekens)."
            : await inbox.ReportAsync(id, await current.GetAsync(cancellationToken), current.IsAdmin, User.StaffId(), reason, comment, cancellationToken);
        Problem = error;
        Message = error is null ? "De reactie is gemeld bij het platform. Hij blijft staan tot het platform beslist." : null;
        return Back();
    }

    public async Task<IActionResult> OnPostNoAnswerAsync(Guid id, CancellationToken cancellationToken)
    {
        Problem = await inbox.NoAnswerNeededAsync(id, await current.GetAsync(cancellationToken), current.IsAdmin, cancellationToken);
        return Back();
    }

    public string AccountName(OfficialAccount account, string? schoolName) =>
        $"{account.Handle} ({ChannelNames.Of(account.Channel)}{(schoolName is null ? "" : ", " + schoolName)})";

    private RedirectToPageResult Back() => RedirectToPage(new { filter = CurrentFilter, account = AccountId });
}
