using Protocolwacht.Domain.Organisation;
using Protocolwacht.Web.Features.SignIn;

namespace Protocolwacht.Web.Features.History;

/// <summary>
/// Which schools' history the signed-in person may see: an administrator the whole board (null), a director
/// their own school, anyone else nothing (<see cref="Allowed"/> false).
/// </summary>
public sealed class HistoryReach(CurrentStaff current)
{
    public async Task<(bool Allowed, IReadOnlyCollection<string>? Schools)> GetAsync(CancellationToken cancellationToken)
    {
        if (current.IsAdmin)
        {
            return (true, null);
        }

        var staff = await current.GetAsync(cancellationToken);
        return staff is { Role: StaffRole.Directie, SchoolId: { } school } ? (true, [school]) : (false, []);
    }
}
