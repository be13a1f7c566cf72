using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Web.Features.Publishing;

/// <summary>
/// A reason, owned by another feature, why nothing may be published on an account right now (a crisis
/// freeze, a missing platform decision). Asked at confirmation and again by the publisher just before the
/// platform is called, so a hold that starts after confirming still keeps a scheduled delivery back.
/// </summary>
public interface IPublicationHold
{
    /// <returns>Null when this hold does not apply; otherwise the Dutch reason shown to the author.</returns>
    Task<string?> ReasonAsync(OfficialAccount account, CancellationToken cancellationToken);
}
