using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Protocolwacht.Domain.ProtocolDocument;
using Protocolwacht.Persistence.Protocol;
using Protocolwacht.Web.Features.SignIn;

namespace Protocolwacht.Web.Features.Protocol;

/// <summary>
/// Every published version (public), and for administrators the form that publishes a new one. A new
/// version is a new row; earlier versions and the acknowledgements of them stay as they were.
/// </summary>
[AllowAnonymous]
public sealed class VersionsModel(ProtocolVersions versions, IAuthorizationService authorization, CurrentStaff current) : PageModel
{
    public IReadOnlyList<ProtocolVersionSummary> Versions { get; private set; } = [];

    public bool CanPublish { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    [BindProperty]
    public string DocumentJson { get; set; } = string.Empty;

    [BindProperty]
    public string? ChangeNote { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (CanPublish && await versions.CurrentAsync(cancellationToken) is { } latest)
        {
            DocumentJson = ProtocolDocumentJson.Write(latest.Document);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var staff = await current.GetAsync(cancellationToken);
        if (staff is null || !(await authorization.AuthorizeAsync(User, Policies.Admin)).Succeeded)
        {
            return staff is null ? Challenge() : Forbid();
        }

        var parsed = ProtocolDocumentJson.Parse(DocumentJson);
        if (parsed.Document is null)
        {
            Errors = parsed.Errors;
            await LoadAsync(cancellationToken);
            return Page();
        }

        var published = await versions.PublishAsync(parsed.Document, ChangeNote, staff.Id, cancellationToken);
        return Redirect($"/protocol?version={published.Number}");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Versions = await versions.ListAsync(cancellationToken);
        CanPublish = User.Identity?.IsAuthenticated == true && (await authorization.AuthorizeAsync(User, Policies.Admin)).Succeeded;
    }
}
