using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Audit;
using Protocolwacht.Web.Features.SignIn;

namespace Protocolwacht.Web.Features.Privacy;

/// <summary>
/// The right of access (AVG art. 15): an administrator or the privacy officer reads, or downloads as JSON (<c>?format=json</c>),
/// everything Protocolwacht holds about one pupil with their parents or one staff member. Every export is
/// in the audit log, with its form; the log names the subject by id only.
/// </summary>
[Authorize(Policy = Policies.PersonalData)]
public sealed class ExportModel(PersonalDataCollector collector, IAuditLog audit, ProtocolwachtDbContext db) : PageModel
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public PersonalDataExport Export { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string kind, string id, string? format, CancellationToken cancellationToken)
    {
        var actor = User.Identity!.Name!;
        var export = kind == "pupils"
            ? await collector.ForPupilAsync(id, actor, cancellationToken)
            : await collector.ForStaffAsync(id, actor, cancellationToken);
        if (export is null)
        {
            return NotFound();
        }

        var asJson = string.Equals(format, "json", StringComparison.OrdinalIgnoreCase);
        await audit.RecordAsync(actor, AuditActions.PersonalDataExported, export.Subject, asJson ? "Inzage als JSON" : "Inzage als HTML-rapport", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (asJson)
        {
            return File(JsonSerializer.SerializeToUtf8Bytes(export, Json), "application/json", $"inzage-{id}.json");
        }

        Export = export;
        return Page();
    }
}
