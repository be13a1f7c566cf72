using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Domain.ProtocolDocument;
using Protocolwacht.Persistence.Protocol;
using Protocolwacht.Web.Features.Checks;
using Protocolwacht.Web.Features.SignIn;

namespace Protocolwacht.Web.Features.Protocol;

/// <summary>
/// Every published version (public), and for administrators the editor of a new one (issue #12 item 5):
/// a text box per part and per section's introduction, or the whole document as JSON for a change of
/// structure; then the difference with the current version, and only from there publishing. A new version
/// is a new row; earlier versions and the acknowledgements of them stay as they were.
/// </summary>
[AllowAnonymous]
public sealed class VersionsModel(ProtocolVersions versions, IAuthorizationService authorization, CurrentStaff current, CheckerSnapshot checkers) : PageModel
{
    public IReadOnlyList<ProtocolVersionSummary> Versions { get; private set; } = [];

    public bool CanPublish { get; private set; }

    public PublishedProtocol? Current { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    private OrganisationModel _organisation = null!;

    /// <summary>Set once the administrator asked to see the difference; publishing is offered only then.</summary>
    public IReadOnlyList<ProtocolChange>? Changes { get; private set; }

    [BindProperty]
    public Dictionary<string, string> Parts { get; set; } = [];

    [BindProperty]
    public Dictionary<string, string> Introductions { get; set; } = [];

    [BindProperty]
    public string DocumentJson { get; set; } = string.Empty;

    [BindProperty]
    public string? ChangeNote { get; set; }

    /// <summary>The reviewed candidate, carried from the difference to the publish button unchanged.</summary>
    [BindProperty]
    public string? CandidateJson { get; set; }

    /// <summary>The version the difference was made against: publishing over a newer one is refused.</summary>
    [BindProperty]
    public int BaseNumber { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (CanPublish && Current is not null)
        {
            Fill(Current.Document);
        }
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken) =>
        await AdministratorAsync(cancellationToken)
            ?? Preview(Current is null ? string.Empty : ProtocolDocumentJson.Write(ProtocolEdit.Apply(Current.Document, Parts, Introductions)));

    public async Task<IActionResult> OnPostPreviewJsonAsync(CancellationToken cancellationToken) =>
        await AdministratorAsync(cancellationToken) ?? Preview(DocumentJson);

    public async Task<IActionResult> OnPostPublishAsync(CancellationToken cancellationToken)
    {
        if (await AdministratorAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (Current is not null && Current.Number != BaseNumber)
        {
            Errors = [$"Intussen is versie {Current.Number} gepubliceerd. Hieronder staat het verschil met die versie; bekijk het opnieuw voordat u publiceert."];
            return Preview(CandidateJson ?? string.Empty, keepErrors: true);
        }

        var parsed = ProtocolDocumentJson.Parse(CandidateJson ?? string.Empty);
        if (parsed.Document is null)
        {
            Errors = parsed.Errors;
            return Page();
        }

        var staff = await current.GetAsync(cancellationToken);
        var published = await versions.PublishAsync(parsed.Document, ChangeNote, staff!.Id, cancellationToken);
        return Redirect($"/protocol?version={published.Number}");
    }

    private PageResult Preview(string json, bool keepErrors = false)
    {
        var parsed = ProtocolDocumentJson.Parse(json);
        if (parsed.Document is null || Current is null)
        {
            Errors = parsed.Errors;
            return Page();
        }

        Errors = keepErrors ? Errors : [];
        Changes = ProtocolComparison.Compare(Current.Document, parsed.Document);
        CandidateJson = ProtocolDocumentJson.Write(parsed.Document);
        BaseNumber = Current.Number;
        Fill(parsed.Document);
        return Page();
    }

    /// <summary>Loads the page; null for an administrator, otherwise the refusal.</summary>
    private async Task<IActionResult?> AdministratorAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (await current.GetAsync(cancellationToken) is null)
        {
            return Challenge();
        }

        return CanPublish ? null : Forbid();
    }

    private void Fill(ProtocolDocument document)
    {
        Parts = document.Sections.SelectMany(s => s.Parts).ToDictionary(p => p.Id, p => PartText.Write(p.Blocks), StringComparer.Ordinal);
        Introductions = document.Sections.Where(s => s.Paragraphs.Count > 0).ToDictionary(s => s.Id, s => string.Join("\n\n", s.Paragraphs), StringComparer.Ordinal);
        DocumentJson = ProtocolDocumentJson.Write(document);
    }

    /// <summary>
    /// Who published a version: the staff member's name for signed-in staff; the page is public, and an anonymous reader
    /// sees the board that published it, not which employee did.
    /// </summary>
    public string Publisher(string publishedBy) =>
        User.Identity?.IsAuthenticated == true ? _organisation.StaffName(publishedBy) : _organisation.Board.Name;

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        _organisation = await checkers.OrganisationAsync(cancellationToken);
        Versions = await versions.ListAsync(cancellationToken);
        Current = await versions.CurrentAsync(cancellationToken);
        CanPublish = User.Identity?.IsAuthenticated == true && (await authorization.AuthorizeAsync(User, Policies.Admin)).Succeeded;
    }
}
