using Protocolwacht.Domain.Organisation;
using Protocolwacht.Domain.PlatformDecisions;
using Protocolwacht.Web.Features.Publishing;

namespace Protocolwacht.Web.Features.PlatformDecisions;

/// <summary>An account without a current decision to use its platform (none, "niet akkoord", or past its review date) cannot publish.</summary>
public sealed class PlatformDecisionHold(PlatformDecisionRegister register) : IPublicationHold
{
    public async Task<string?> ReasonAsync(OfficialAccount account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        return PlatformDecision.Refusal(await register.LatestAsync(account.Id, cancellationToken), register.Today);
    }
}
