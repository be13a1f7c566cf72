using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Persistence.Audit;

namespace Protocolwacht.Persistence.Organisation;

/// <summary>
/// Editing one staff member, one school or one pupil from the app. Each edit is validated as a whole (Dutch
/// messages, per field) and saved in one go, or not at all. A pupil's consent is not part of an edit: the
/// consent register has its own page and history.
/// </summary>
public sealed partial class OrganisationEdits(ProtocolwachtDbContext db, IAuditLog audit)
{
    public async Task<EditResult> EditStaffAsync(string actor, string id, StaffEdit edit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        if (await db.Staff.FirstOrDefaultAsync(s => s.Id == id, cancellationToken) is not { } row)
        {
            return EditResult.NotFound;
        }

        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        Require(errors, nameof(edit.Name), edit.Name, "Vul de naam in.");
        if (!StaffRoleCodes.TryParse(edit.Role ?? string.Empty, out _))
        {
            errors[nameof(edit.Role)] = "Kies een rol: cvb, directie, staf of medewerker.";
        }

        if (edit.SchoolId is { Length: > 0 } school && !await db.Schools.AnyAsync(s => s.Id == school, cancellationToken))
        {
            errors[nameof(edit.SchoolId)] = $"Er is geen school '{school}'.";
        }

        if (edit.Email is { Length: > 0 } email && !EmailShape().IsMatch(email))
        {
            errors[nameof(edit.Email)] = $"'{email}' is geen e-mailadres.";
        }

        if (edit.ManagerId is { Length: > 0 } manager && await ManagerProblemAsync(id, manager, cancellationToken) is { } problem)
        {
            errors[nameof(edit.ManagerId)] = problem;
        }

        if (errors.Count > 0)
        {
            return new EditResult(true, errors);
        }

        (row.Name, row.Role, row.Function) = (edit.Name!.Trim(), edit.Role!, Blank(edit.Function));
        (row.SchoolId, row.ManagerId, row.Email) = (Blank(edit.SchoolId), Blank(edit.ManagerId), Blank(edit.Email));
        await audit.RecordAsync(actor, AuditActions.StaffChanged, $"staff:{id}", ChangedFields(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return EditResult.Saved;
    }

    public async Task<EditResult> EditSchoolAsync(string actor, string id, SchoolEdit edit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        if (await db.Schools.FirstOrDefaultAsync(s => s.Id == id, cancellationToken) is not { } row)
        {
            return EditResult.NotFound;
        }

        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        Require(errors, nameof(edit.Name), edit.Name, "Vul de naam van de school in.");
        var brin = Blank(edit.Brin)?.ToUpperInvariant();
        if (brin is not null && !BrinShape().IsMatch(brin))
        {
            errors[nameof(edit.Brin)] = $"'{brin}' is geen BRIN-nummer: twee cijfers en twee letters, eventueel met twee cijfers voor de vestiging (12AB of 12AB00).";
        }
        else if (brin is not null && await db.Schools.AnyAsync(s => s.Brin == brin && s.Id != id, cancellationToken))
        {
            errors[nameof(edit.Brin)] = $"BRIN-nummer {brin} hoort al bij een andere school.";
        }

        if (edit.AdviceWorkingDays is < 1 or > 20)
        {
            errors[nameof(edit.AdviceWorkingDays)] = $"De termijn voor advies is {edit.AdviceWorkingDays} werkdagen; kies 1 tot en met 20, of laat het veld leeg voor de standaard.";
        }

        if (errors.Count > 0)
        {
            return new EditResult(true, errors);
        }

        (row.Name, row.Town, row.Brin, row.AdviceWorkingDays) = (edit.Name!.Trim(), Blank(edit.Town), brin, edit.AdviceWorkingDays);
        await audit.RecordAsync(actor, AuditActions.SchoolChanged, $"school:{id}", ChangedFields(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return EditResult.Saved;
    }

    public async Task<EditResult> EditPupilAsync(string actor, string id, PupilEdit edit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        if (await db.Students.FirstOrDefaultAsync(s => s.Id == id, cancellationToken) is not { } row)
        {
            return EditResult.NotFound;
        }

        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        Require(errors, nameof(edit.Name), edit.Name, "Vul de naam van de leerling in.");
        if (!await db.Schools.AnyAsync(s => s.Id == edit.SchoolId, cancellationToken))
        {
            errors[nameof(edit.SchoolId)] = "Kies de school van de leerling.";
        }

        if (errors.Count > 0)
        {
            return new EditResult(true, errors);
        }

        (row.Name, row.SchoolId, row.Group) = (edit.Name!.Trim(), edit.SchoolId!, Blank(edit.Group));
        await audit.RecordAsync(actor, AuditActions.StudentChanged, $"student:{id}", ChangedFields(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return EditResult.Saved;
    }

    /// <summary>A manager must exist and must not lead back to the person (that would leave doubt without an adviser).</summary>
    private async Task<string?> ManagerProblemAsync(string id, string manager, CancellationToken cancellationToken)
    {
        var managers = await db.Staff.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.ManagerId, StringComparer.Ordinal, cancellationToken);
        if (!managers.ContainsKey(manager))
        {
            return $"Er is geen medewerker '{manager}'.";
        }

        for (string? current = manager; current is not null; current = managers.GetValueOrDefault(current))
        {
            if (current == id)
            {
                return "Dan wordt deze medewerker (via via) zijn eigen leidinggevende; kies een ander.";
            }
        }

        return null;
    }

    /// <summary>Which fields changed (names of columns, never their values: the audit log holds no personal data).</summary>
    private string ChangedFields()
    {
        var fields = db.ChangeTracker.Entries().Where(e => e.State == EntityState.Modified)
            .SelectMany(e => e.Properties.Where(p => p.IsModified).Select(p => p.Metadata.Name)).ToList();
        return fields.Count == 0 ? "niets gewijzigd" : "gewijzigd: " + string.Join(", ", fields);
    }

    private static void Require(Dictionary<string, string> errors, string field, string? value, string message)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[field] = message;
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex(@"^\d{2}[A-Z]{2}(\d{2})?$")]
    private static partial Regex BrinShape();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailShape();
}
