using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Persistence.Protocol;
using Protocolwacht.Web.Features.Checks;
using Protocolwacht.Web.Features.SignIn;

namespace Protocolwacht.Web.Features.Protocol;

/// <summary>For administrators: who has, and who has not yet, acknowledged the current version.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class AcknowledgementsModel(IProtocolAcknowledgements acknowledgements, CheckerSnapshot checkers) : PageModel
{
    private OrganisationModel? _organisation;

    public IReadOnlyList<AcknowledgementStatus> Pending { get; private set; } = [];

    public IReadOnlyList<AcknowledgementStatus> Done { get; private set; } = [];

    public int VersionNumber { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var all = await acknowledgements.StatusOfCurrentAsync(cancellationToken);
        _organisation = await checkers.OrganisationAsync(cancellationToken);
        VersionNumber = all.FirstOrDefault()?.VersionNumber ?? 0;
        Pending = [.. all.Where(a => a.AcknowledgedAt is null)];
        Done = [.. all.Where(a => a.AcknowledgedAt is not null).OrderByDescending(a => a.AcknowledgedAt)];
    }

    /// <summary>The school by its name, as people know it ("Basisschool De Regenboog", not its code "regenboog"); "Bestuursbureau" for board staff (<see cref="SchoolNames.Board"/>).</summary>
    public string SchoolName(string? schoolId) => SchoolNames.Of(_organisation, schoolId);
}
