using Protocolwacht.Domain.Organisation;
using Protocolwacht.Domain.Time;
using Protocolwacht.Web.Features.Publishing;

namespace Protocolwacht.Web.Features.Freezes;

/// <summary>An active crisis freeze over the account's school (or the whole board) holds every publication on it.</summary>
public sealed class FreezeHold(FreezeRegister register) : IPublicationHold
{
    public async Task<string?> ReasonAsync(OfficialAccount account, CancellationToken cancellationToken)
    {
        var freeze = await register.CoveringAsync(account, cancellationToken);
        return freeze is null
            ? null
            : $"er geldt een publicatiestop sinds {DutchTime.Format(freeze.FrozenAt)}: {freeze.Reason}";
    }
}
