namespace Protocolwacht.Web.Features.Compose;

/// <summary>What the composer form posts. Attachment fields describe one new upload; earlier ones stay unless removed.</summary>
public sealed class ComposeForm
{
    public string Text { get; set; } = string.Empty;
    public List<string> AccountIds { get; set; } = [];

    /// <summary>Local Dutch time from a datetime-local field; empty means "after the undo period".</summary>
    public DateTime? ScheduledAt { get; set; }

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
