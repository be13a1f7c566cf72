using Microsoft.AspNetCore.Http.HttpResults;
using Protocolwacht.Domain.Consent;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Persistence.Organisation;
using Protocolwacht.Web.Features.SignIn;

namespace Protocolwacht.Web.Features.Organisation;

public static class OrganisationApi
{
    public static IEndpointRouteBuilder MapOrganisation(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/organisation").WithTags("Organisation").RequireAuthorization();
        group.MapGet("/schools", GetSchoolsAsync).WithName("GetSchools").WithSummary("The board's schools.");
        group.MapGet("/staff", GetStaffAsync).WithName("GetStaff").WithSummary("Staff with role, function, school and manager.");
        group.MapGet("/schools/{id}/students", GetStudentsAsync).WithName("GetStudents").WithSummary("Students of one school with their current photo consent.");
        return app;
    }

    internal static async Task<Ok<List<SchoolDto>>> GetSchoolsAsync(OrganisationReader reader, CancellationToken cancellationToken)
    {
        var organisation = await reader.LoadRequiredAsync(cancellationToken);
        return TypedResults.Ok(organisation.Schools.Select(s => new SchoolDto(s.Id, s.Name, s.Town, [.. s.Accounts.Select(a => a.Id)])).ToList());
    }

    internal static async Task<Ok<List<StaffDto>>> GetStaffAsync(OrganisationReader reader, CancellationToken cancellationToken)
    {
        var organisation = await reader.LoadRequiredAsync(cancellationToken);
        return TypedResults.Ok(organisation.Staff.Select(s => new StaffDto(s.Id, s.Name, s.Role.ToCode(), s.Function, s.SchoolId, s.ManagerId)).ToList());
    }

    internal static async Task<Results<Ok<List<StudentDto>>, NotFound, ForbidHttpResult>> GetStudentsAsync(string id, OrganisationReader reader, CurrentStaff current, CancellationToken cancellationToken)
    {
        var organisation = await reader.LoadRequiredAsync(cancellationToken);
        if (organisation.FindSchool(id) is null)
        {
            return TypedResults.NotFound();
        }

        return await current.GetAsync(cancellationToken) is not { } staff || !ConsentEditRules.MayView(staff, id)
            ? TypedResults.Forbid()
            : TypedResults.Ok(organisation.Students.Where(s => s.SchoolId == id).Select(s => new StudentDto(s.Id, s.Name, s.Group, s.SocialMediaConsent)).ToList());
    }
}

public sealed record SchoolDto(string Id, string Name, string? Town, IReadOnlyList<string> AccountIds);

public sealed record StaffDto(string Id, string Name, string Role, string? Function, string? SchoolId, string? ManagerId);

/// <param name="SocialMediaConsent">Consent for a photo on social media as it applies now; null when not recorded.</param>
public sealed record StudentDto(string Id, string Name, string? Group, bool? SocialMediaConsent);
