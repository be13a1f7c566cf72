using Microsoft.AspNetCore.Http.HttpResults;
using Protocolwacht.Domain.Consent;
using Protocolwacht.Persistence.Consent;
using Protocolwacht.Persistence.Organisation;
using Protocolwacht.Web.Features.SignIn;

namespace Protocolwacht.Web.Features.Consent;

public static class ConsentApi
{
    public static IEndpointRouteBuilder MapConsent(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/consent").WithTags("Consent").RequireAuthorization();
        group.MapGet("/students/{id}", GetAsync).WithName("GetStudentConsent").WithSummary("A student's consent per purpose as it applies now, with the full history.");
        group.MapPost("/students/{id}", RecordAsync).WithName("RecordStudentConsent").WithSummary("Records a change (directie of the student's school and staf only).");
        return app;
    }

    internal static async Task<Results<Ok<StudentConsentDto>, NotFound, ForbidHttpResult>> GetAsync(
        string id, OrganisationReader reader, ConsentRegister register, CurrentStaff current, CancellationToken cancellationToken)
    {
        var student = (await reader.LoadAsync(cancellationToken))?.FindStudent(id);
        if (student is null)
        {
            return TypedResults.NotFound();
        }

        if (await current.GetAsync(cancellationToken) is not { } staff || !ConsentEditRules.MayView(staff, student.SchoolId))
        {
            return TypedResults.Forbid();
        }

        var values = (await register.CurrentForSchoolAsync(student.SchoolId, cancellationToken)).GetValueOrDefault(id) ?? [];
        var purposes = await register.PurposesAsync(cancellationToken);
        var history = await register.HistoryAsync(id, cancellationToken);
        return TypedResults.Ok(new StudentConsentDto(
            id,
            purposes.ToDictionary(p => p.Code, p => values.GetValueOrDefault(p.Code).ToCode()),
            [.. history.Select(h => new ConsentChangeDto(h.Sequence, h.PurposeCode, h.Value.ToCode(), h.GivenBy, h.ValidFrom, h.WithdrawnAt, h.Note, h.ChangedBy, h.ChangedAt))]));
    }

    internal static async Task<Results<Ok<StudentConsentDto>, NotFound, ForbidHttpResult, ValidationProblem>> RecordAsync(
        string id, ConsentChangeBody body, OrganisationReader reader, ConsentRegister register, ConsentFollowUp followUp, CurrentStaff current, CancellationToken cancellationToken)
    {
        if (await current.GetAsync(cancellationToken) is not { } staff)
        {
            return TypedResults.Forbid();
        }

        if (!ConsentValueCodes.TryParse(body.Value, out var value))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["value"] = ["Gebruik yes, no of unknown."] });
        }

        var result = await followUp.RecordAsync(staff, new ConsentChangeRequest(id, body.Purpose, value, body.GivenBy, body.ValidFrom, body.Withdraw, body.Note), cancellationToken);
        if (result.IsForbidden)
        {
            return TypedResults.Forbid();
        }

        if (!result.Allowed)
        {
            return result.Errors.Any(e => e.StartsWith("Onbekende leerling", StringComparison.Ordinal))
                ? TypedResults.NotFound()
                : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["consent"] = [.. result.Errors] });
        }

        var updated = await GetAsync(id, reader, register, current, cancellationToken);
        return updated.Result is Ok<StudentConsentDto> ok ? ok : TypedResults.NotFound();
    }
}

public sealed record ConsentChangeBody(string Purpose, string Value, string? GivenBy, DateOnly? ValidFrom, bool Withdraw, string? Note);

/// <param name="Current">Purpose code → yes, no or unknown, as it applies now.</param>
public sealed record StudentConsentDto(string StudentId, Dictionary<string, string> Current, IReadOnlyList<ConsentChangeDto> History);

public sealed record ConsentChangeDto(long Sequence, string Purpose, string Value, string? GivenBy, DateOnly? ValidFrom, DateTimeOffset? WithdrawnAt, string? Note, string ChangedBy, DateTimeOffset ChangedAt);
