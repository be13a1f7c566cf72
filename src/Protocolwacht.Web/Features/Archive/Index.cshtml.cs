using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Web.Features.Checks;
using Protocolwacht.Web.Features.SignIn;

namespace Protocolwacht.Web.Features.Archive;

/// <summary>The archive's page for administrators: choose a period and a school for the printable report.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel(CheckerSnapshot checkers) : PageModel
{
    public IReadOnlyList<School> Schools { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Schools = (await checkers.OrganisationAsync(cancellationToken)).Schools;
}
