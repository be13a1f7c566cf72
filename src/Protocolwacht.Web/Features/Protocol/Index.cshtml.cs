using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Protocolwacht.Domain.ProtocolDocument;
using Protocolwacht.Persistence.Protocol;
using Protocolwacht.Web.Features.SignIn;

namespace Protocolwacht.Web.Features.Protocol;

/// <summary>
/// The protocol, public and without login (R10: Konot tells staff, students and parents how it keeps a safe
/// climate). Signed-in staff confirm here that they have read and understood the current version.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(ProtocolVersions versions, IProtocolAcknowledgements acknowledgements, CurrentStaff current) : PageModel
{
    public PublishedProtocol? Protocol { get; private set; }

    public int CurrentNumber { get; private set; }

    public bool SignedInStaff { get; private set; }

    public bool Acknowledged { get; private set; }

    public string? Message { get; private set; }

    /// <summary>For staff asked to acknowledge again: the version they acknowledged last and what changed since.</summary>
    public PublishedProtocol? AcknowledgedBefore { get; private set; }

    public IReadOnlyList<ProtocolChange> ChangesSinceAcknowledged { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public int? Version { get; set; }

    [BindProperty]
    public bool Understood { get; set; }

    [BindProperty]
    public int VersionNumber { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Protocol is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAcknowledgeAsync(CancellationToken cancellationToken)
    {
        var staff = await current.GetAsync(cancellationToken);
        if (staff is null)
        {
            return Challenge();
        }

        if (!Understood)
        {
            Message = "Vink aan dat je het protocol gelezen en begrepen hebt.";
        }
        else
        {
            var result = await acknowledgements.AcknowledgeAsync(staff.Id, VersionNumber, cancellationToken);
            if (result == AcknowledgementResult.NotCurrentVersion)
            {
                Message = "Er is intussen een nieuwe versie gepubliceerd. Lees die en bevestig opnieuw.";
            }
            else
            {
                return RedirectToPage(null, null, null, "bevestigen");
            }
        }

        Version = null;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var latest = await versions.CurrentAsync(cancellationToken);
        CurrentNumber = latest?.Number ?? 0;
        Protocol = Version is { } number && number != CurrentNumber ? await versions.FindAsync(number, cancellationToken) : latest;
        var staff = await current.GetAsync(cancellationToken);
        SignedInStaff = staff is not null;
        Acknowledged = staff is not null && await acknowledgements.HasAcknowledgedCurrentAsync(staff.Id, cancellationToken);
        if (staff is not null && !Acknowledged && latest is not null && Protocol?.Number == latest.Number
            && await acknowledgements.LastAcknowledgedVersionAsync(staff.Id, cancellationToken) is { } before
            && await versions.FindAsync(before, cancellationToken) is { } earlier)
        {
            AcknowledgedBefore = earlier;
            ChangesSinceAcknowledged = ProtocolComparison.Compare(earlier.Document, latest.Document);
        }
    }
}
