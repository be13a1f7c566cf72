using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Checks;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Domain.PostingRights;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Domain.Time;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Protocol;
using Protocolwacht.Web.Features.Attachments;
using Protocolwacht.Web.Features.Checks;
using Protocolwacht.Web.Features.Posts;
using Protocolwacht.Web.Features.Publishing;
using Protocolwacht.Web.Features.Shared;

namespace Protocolwacht.Web.Features.Compose;

/// <summary>
/// The composer: an account the author may post on (and only those), the text with the check beside
/// it while typing, attachments with their source, permission and the students they show, and an
/// optional scheduled moment. Saving keeps a draft and runs the check on the server.
/// </summary>
[RequestSizeLimit(AttachmentStore.MaxBytes + 1_000_000)]
public sealed partial class IndexModel(
    PostWorkflow workflow,
    ProtocolwachtDbContext db,
    CheckerSnapshot checkers,
    IProtocolAcknowledgements acknowledgements,
    Publishing.PlatformRules platformRules,
    ConnectorResolver connectors,
    KeptUploads keptUploads,
    TimeProvider time) : PageModel
{
    public Post? Post { get; private set; }
    public IReadOnlyList<OfficialAccount> Accounts { get; private set; } = [];

    /// <summary>Accounts the author may post on that can publish now; the others are shown "niet verbonden" and cannot be chosen.</summary>
    public IReadOnlySet<string> Connected { get; private set; } = new HashSet<string>();
    public IReadOnlyList<Student> Students { get; private set; } = [];

    /// <summary>
    /// A pupil as the author picks them: "Daan Kok (groep 3)" for staff of one school, whose list holds only their own
    /// pupils; with the school's name for board staff, who choose among every school's (never the school's id).
    /// </summary>
    public string SchoolOfPupil(Student pupil)
    {
        ArgumentNullException.ThrowIfNull(pupil);
        return composerAccounts.Author.SchoolId is not null ? string.Empty : ", " + (Organisation.FindSchool(pupil.SchoolId)?.Name ?? pupil.SchoolId);
    }
    public OrganisationModel Organisation { get; private set; } = null!;

    private ComposerAccounts composerAccounts = null!;

    /// <summary>The id the composer autosaves into: the post's, or a new one for a new draft; null when the post may not be autosaved.</summary>
    public Guid? AutosaveId { get; private set; }

    [BindProperty]
    public ComposeForm Form { get; set; } = new();

    /// <summary>
    /// Set when a button's save was refused because the draft changed elsewhere (another tab) since this page opened or
    /// autosaved it: the stored version and the difference, shown beside the author's text, which stays in the box.
    /// </summary>
    public AutosaveConflict? Conflict { get; private set; }

    /// <summary>
    /// True when the other version chose the same accounts and moment as the form (then only the text differs). Only the
    /// accounts the author can still choose count: one the other version holds that can no longer be ticked is not taken
    /// over by choosing that version either (the lost-account notice says so).
    /// </summary>
    public bool SameSettingsAs(DraftVersion theirs)
    {
        ArgumentNullException.ThrowIfNull(theirs);
        var mine = Form.AccountIds.Where(Connected.Contains).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var other = (theirs.Accounts ?? []).Where(Connected.Contains).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return mine.SequenceEqual(other, StringComparer.Ordinal)
            && Form.ScheduledAt?.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture) == theirs.ScheduledAt?.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The handler of the refused save ("Save" or "Next"): "Mijn tekst bewaren" sends the author's text the same way.</summary>
    public string ConflictHandler { get; private set; } = "Save";

    /// <summary>
    /// The accounts the stored draft names that the author can no longer choose (disconnected, or no longer theirs to
    /// post on), each with why in the reader's words: the page shows them unticked or not at all, and says so.
    /// </summary>
    public IReadOnlyList<string> LostAccounts { get; private set; } = [];

    /// <summary>The saved attachments as the live check needs them (JSON), so typing is checked with them too.</summary>
    public string ExistingAttachmentsJson => System.Text.Json.JsonSerializer.Serialize((Post?.Attachments ?? []).Select(a => new
    {
        id = a.BlobId,
        kind = a.Kind.ToString().ToLowerInvariant(),
        source = a.Source.ToCode(),
        permission = a.Permission,
        depicts = a.DepictedStudentIds,
        unidentifiedPeople = a.UnidentifiedPeople,
        logo = a.Logo,
    }));

    [TempData]
    public string? Problem { get; set; }

    /// <summary>
    /// After a form error, the file the author had chosen (and nothing was wrong with): the page says to choose it again,
    /// as a browser never fills a file field itself. Null when no file was sent or the file itself was refused.
    /// </summary>
    public string? UploadToChooseAgain { get; private set; }

    /// <summary>
    /// After a form error, the file the author had chosen as the server keeps it for the next send (<see cref="KeptUploads"/>):
    /// its token for the form and its name for the page. Null when nothing is kept (then <see cref="UploadToChooseAgain"/> may say to choose it again).
    /// </summary>
    public (string Token, string FileName)? KeptUpload { get; private set; }

    /// <summary>The platform's rule for an account ("X: hoogstens 280 tekens …"), or null when its channel has no connector.</summary>
    public Connectors.PlatformCapabilities? RuleFor(OfficialAccount account) => platformRules.For(account);

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        var gate = await PrepareAsync(id, cancellationToken);
        if (gate is not null)
        {
            return gate;
        }

        if (Post is not null)
        {
            Form = new ComposeForm
            {
                Text = Post.Text,
                AccountIds = [.. Post.AccountIds],
                ScheduledAt = Post.ScheduledAt is { } s ? DutchTime.ToLocal(s) : null,
                Known = KnownDraftVersions.Write([KnownDraftVersions.Of(Post)]),
            };
        }

        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(Guid? id, CancellationToken cancellationToken) => SaveAsync(id, toPostPage: false, cancellationToken);

    public Task<IActionResult> OnPostNextAsync(Guid? id, CancellationToken cancellationToken) => SaveAsync(id, toPostPage: true, cancellationToken);

    private async Task<IActionResult> SaveAsync(Guid? id, bool toPostPage, CancellationToken cancellationToken)
    {
        var gate = await PrepareAsync(id, cancellationToken);
        if (gate is not null)
        {
            return gate;
        }

        foreach (var problem in composerAccounts.Problems(Form.AccountIds))
        {
            ModelState.AddModelError("Form.AccountIds", problem);
        }

        if (string.IsNullOrWhiteSpace(Form.Text))
        {
            ModelState.AddModelError("Form.Text", "Schrijf eerst een tekst.");
        }
        else if (Form.Text.Length > PostContent.MaxTextLength)
        {
            ModelState.AddModelError("Form.Text", TooLongDraft.Refusal(Form.Text.Length));
        }

        var me = User.StaffId();
        var kept = KeptFile(me);
        var upload = await AttachmentStore.ReadAsync(Form.Upload, cancellationToken) ?? kept;
        if (Form.Upload is { Length: > AttachmentStore.MaxBytes })
        {
            ModelState.AddModelError("Form.Upload", "De bijlage is groter dan 20 MB.");
        }
        else if (upload?.Refusal is { } refusal)
        {
            ModelState.AddModelError("Form.Upload", refusal);
        }
        else if (upload?.Type?.Kind == Domain.Posts.AttachmentKind.Image && string.IsNullOrWhiteSpace(Form.UploadDescription))
        {
            // The description is the image's alt text on every platform that takes one (PublishMedia.AltText).
            ModelState.AddModelError("Form.UploadDescription", AltTextMissing(upload.FileName));
        }

        var roster = Students.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        if (Form.UploadDepicts.Any(s => !roster.Contains(s)))
        {
            ModelState.AddModelError("Form.UploadDepicts", "Kies alleen leerlingen uit de lijst.");
        }

        if (!KnownDraftVersions.TryRead(Form.Known, out var known))
        {
            // Only a page changed by hand sends this. It says nothing of what the page saw, so it knows no version: a save
            // over a stored draft that differs is a conflict (below), shown with that draft beside the author's text.
            known = [];
        }

        if (!ModelState.IsValid)
        {
            // Everything else is shown again as sent (with the versions the page knew, so a stale page stays stale).
            KeepUpload(upload, me);
            NoticeLostAccounts(saved: false);
            return Page();
        }

        var text = Form.Text.Trim();
        List<string> accountIds = [.. Form.AccountIds.Distinct(StringComparer.Ordinal)];
        var scheduled = Form.ScheduledAt is { } local ? DutchTime.ToUtc(local) : (DateTimeOffset?)null;
        if (Post is not null && KnownDraftVersions.Overwrites(Post, known, text, accountIds, scheduled))
        {
            return ChangedElsewhere(Post, upload, me, toPostPage);
        }

        var attachments = (Post?.Attachments ?? []).Where(a => !Form.RemoveAttachments.Contains(a.BlobId)).ToList();
        // The file is only added to the unit of work here; it commits with the draft in the workflow's one SaveChanges.
        if (AttachmentStore.Store(db, Form, upload, me, time.GetUtcNow()) is { } added)
        {
            attachments.Add(added);
        }

        var content = new PostContent(text, accountIds, attachments);
        Guid postId;
        if (Post is null)
        {
            postId = (await workflow.CreateDraftAsync(me, content, scheduled, cancellationToken)).Id;
        }
        else
        {
            var result = await workflow.SaveDraftAsync(Post, me, content, scheduled, cancellationToken);
            if (result.Error == PostWorkflow.ChangedMeanwhile)
            {
                // The post was stored between this read and this write: an autosave of this very page racing the button, an
                // advice reminder moving its version, or another tab. Only the last is a conflict; the others get the save
                // once more on the post as it now is, and a post no longer editable the workflow's own reason.
                db.ChangeTracker.Clear();
                if (await workflow.FindAsync(Post.Id, cancellationToken) is { } stored)
                {
                    Post = stored;
                    if (KnownDraftVersions.Overwrites(stored, known, text, accountIds, scheduled))
                    {
                        return ChangedElsewhere(stored, upload, me, toPostPage);
                    }

                    result = await SaveAgainAsync(stored, me, text, accountIds, scheduled, upload, cancellationToken);
                    if (result.Error == PostWorkflow.ChangedMeanwhile)
                    {
                        db.ChangeTracker.Clear();
                        if (await workflow.FindAsync(stored.Id, cancellationToken) is { } again)
                        {
                            Post = again;
                            return ChangedElsewhere(again, upload, me, toPostPage);
                        }
                    }
                }
            }

            if (!result.Succeeded)
            {
                Problem = result.Error;
                return Redirect(PostLinks.Edit(Post.Id));
            }

            postId = Post.Id;
        }

        return Redirect(toPostPage ? PostLinks.Page(postId) : PostLinks.Edit(postId));
    }

    /// <summary>
    /// The save would overwrite a version of the draft this page never saw (another tab saved it meanwhile): nothing is
    /// stored, the author's text and choices are shown again as sent, beside the stored version word by word, with the
    /// choice of which stays. The stored version is now known to the page, so "Mijn tekst bewaren" replaces it knowingly.
    /// </summary>
    private PageResult ChangedElsewhere(Post stored, ReadUpload? upload, string me, bool toPostPage)
    {
        Conflict = AutosaveConflict.Between(stored, Form.Text.Trim());
        ConflictHandler = toPostPage ? "Next" : "Save";
        Form.Known = KnownDraftVersions.Write([Conflict.Theirs]);
        KeepUpload(upload, me);
        // Of the version that won (Post is now that one), and nothing of this request was stored.
        NoticeLostAccounts(saved: false);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    // A chosen file cannot be put back into a file field, so the server keeps it for the next send, or (the store full)
    // the page asks for it again.
    private void KeepUpload(ReadUpload? upload, string me)
    {
        if (upload is not null && ModelState["Form.Upload"] is not { Errors.Count: > 0 })
        {
            KeptUpload = keptUploads.Keep(me, Post?.Id, upload) is { } token ? (token, upload.FileName) : null;
            UploadToChooseAgain = KeptUpload is null ? ChooseAgain(upload.FileName) : null;
        }
    }

    // The second try after a lost race (the first one's unit of work was cleared): the attachments as this request wants
    // them, on the post as it is stored now, the new file added again.
    private async Task<WorkflowResult> SaveAgainAsync(Post stored, string me, string text, List<string> accountIds, DateTimeOffset? scheduled, ReadUpload? upload, CancellationToken cancellationToken)
    {
        var attachments = stored.Attachments.Where(a => !Form.RemoveAttachments.Contains(a.BlobId)).ToList();
        if (AttachmentStore.Store(db, Form, upload, me, time.GetUtcNow()) is { } added)
        {
            attachments.Add(added);
        }

        return await workflow.SaveDraftAsync(stored, me, new PostContent(text, accountIds, attachments), scheduled, cancellationToken);
    }

    // The file kept after the previous send's error, when no new file replaces it and the author still wants it.
    private ReadUpload? KeptFile(string me)
    {
        if (Form.Upload is { Length: > 0 } || Form.DiscardKeptUpload)
        {
            keptUploads.Discard(Form.KeptUpload, me);
            return null;
        }

        var kept = keptUploads.Take(Form.KeptUpload, me, Post?.Id);
        if (kept is null && !string.IsNullOrEmpty(Form.KeptUpload))
        {
            // Expired (or kept by another instance): saying so beats saving the draft without the photo unnoticed.
            ModelState.AddModelError("Form.Upload", "Het bestand dat bewaard werd, is er niet meer: een bewaard bestand wordt na een half uur gewist. Kies het opnieuw als je het wilt toevoegen.");
        }

        return kept;
    }

    /// <summary>The form's errors in the order they were found, each with the id of the field it is about (null for none).</summary>
    public static IEnumerable<(string? FieldId, string Message)> Errors(ModelStateDictionary state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.Where(e => e.Value is not null)
            .SelectMany(e => e.Value!.Errors.Select(error => (FieldId(e.Key), error.ErrorMessage)));
    }

    private static string? FieldId(string key) => key switch
    {
        "Form.Text" => "post-text",
        "Form.Upload" => "upload",
        "Form.UploadDescription" => "upload-description",
        "Form.UploadDepicts" => "upload-depicts",
        _ => null,
    };

    /// <summary>Loads what the form needs; returns a result when the person may not compose (here).</summary>
    private async Task<IActionResult?> PrepareAsync(Guid? id, CancellationToken cancellationToken)
    {
        var me = User.StaffId();
        if (!await acknowledgements.HasAcknowledgedCurrentAsync(me, cancellationToken))
        {
            return Redirect("/protocol"); // staff compose only after "gelezen en begrepen" of the current version
        }

        Organisation = await checkers.OrganisationAsync(cancellationToken);
        if (await ComposerAccounts.ForAsync(Organisation, me, connectors, cancellationToken) is not { } mine)
        {
            return Forbid();
        }

        composerAccounts = mine;
        var author = mine.Author;
        Accounts = mine.Allowed;
        Connected = mine.Connected;
        Students = [.. Organisation.Students.Where(s => author.SchoolId is null || s.SchoolId == author.SchoolId).OrderBy(s => s.Name, StringComparer.CurrentCulture)];
        if (id is { } postId)
        {
            Post = await workflow.FindAsync(postId, cancellationToken);
            if (Post is null || !Post.IsAuthor(me))
            {
                return NotFound();
            }

            if (Post.State is PostState.Queued or PostState.Published)
            {
                return Redirect(PostLinks.Page(postId));
            }
        }

        AutosaveId = Post is null ? Guid.NewGuid() : Post.MayAutosave ? Post.Id : null;
        NoticeLostAccounts(saved: true);
        return null;
    }
}
