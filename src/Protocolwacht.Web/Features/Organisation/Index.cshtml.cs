using Microsoft.AspNetCore.Mvc.RazorPages;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Persistence.Organisation;

namespace Protocolwacht.Web.Features.Organisation;

/// <summary>The board, its schools and its staff with role, function, school and manager.</summary>
public sealed class IndexModel(OrganisationReader reader) : PageModel
{
    public OrganisationModel? Organisation { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Organisation = await reader.LoadAsync(cancellationToken);

    public string SchoolName(string? id) => Organisation?.FindSchool(id)?.Name ?? Organisation?.Board.Name ?? string.Empty;

    public string StaffName(string? id) => Organisation?.FindStaff(id)?.Name ?? string.Empty;
}
