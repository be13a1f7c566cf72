using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Web.Features.Publishing;

/// <summary>Every registered <see cref="IPublicationHold"/>, asked in registration order; the first reason wins.</summary>
public sealed class PublicationHolds(IEnumerable<IPublicationHold> holds)
{
    public async Task<string?> ReasonAsync(OfficialAccount account, CancellationToken cancellationToken)
    {
        foreach (var hold in holds)
        {
            if (await hold.ReasonAsync(account, cancellationToken) is { } reason)
            {
                return reason;
            }
        }

        return null;
    }
}
