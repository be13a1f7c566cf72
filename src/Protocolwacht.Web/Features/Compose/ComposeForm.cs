namespace Protocolwacht.Web.Features.Compose;

/// <summary>What the composer form posts. Attachment fields describe one new upload; earlier ones stay unless removed.</summary>
public sealed class ComposeForm
{
    public string Text { get; set; } = string.Empty;
    public List<string> AccountIds { get; set; } = [];

    /// <summary>Local Dutch time from a datetime-local field; empty means "after the undo period".</summary>
    public DateTime? ScheduledAt { get; set; }

    /// <summary>
    /// The versions of the draft this page may have left on the server, as JSON (<see cref="KnownDraftVersions"/>): the
    /// stored draft the page opened, or what its autosave stored since. A save over another version is refused, so a stale
    /// tab's button cannot overwrite a newer text unseen. Empty: the page does not say (a new draft).
    /// </summary>
    public string? Known { get; set; }

    public List<Guid> RemoveAttachments { get; set; } = [];
    public IFormFile? Upload { get; set; }

    /// <summary>The token of a file kept after a form error (<see cref="KeptUploads"/>): used when no new file is chosen.</summary>
    public string? KeptUpload { get; set; }

    /// <summary>The author no longer wants the kept file.</summary>
    public bool DiscardKeptUpload { get; set; }
    public string? UploadDescription { get; set; }
    public string UploadSource { get; set; } = "own";

    /// <summary>"ja", "nee" or empty (not recorded).</summary>
    public string? UploadPermission { get; set; }

    public List<string> UploadDepicts { get; set; } = [];
    public int UploadUnidentified { get; set; }
    public bool UploadLogo { get; set; }
}
