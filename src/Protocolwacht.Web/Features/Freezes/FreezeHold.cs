using Protocolwacht.Domain.Freezes;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Domain.Time;
using Protocolwacht.Web.Features.Publishing;

namespace Protocolwacht.Web.Features.Freezes;

/// <summary>An active crisis freeze over the account's school (or the whole board) holds every publication on it.</summary>
public sealed class FreezeHold(FreezeRegister register) : IPublicationHold
{
    public async Task<string?> ReasonAsync(OfficialAccount account, CancellationToken cancellationToken) =>
        ReasonFor(await register.CoveringAsync(account, cancellationToken));

    /// <summary>Why <paramref name="freeze"/> holds a publication (its start and its reason); null without one.</summary>
    public static string? ReasonFor(PublishingFreeze? freeze) =>
        freeze is null ? null : $"er geldt een publicatiestop sinds {DutchTime.Format(freeze.FrozenAt)}: {freeze.Reason}";
}
