using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.PlatformDecisions;

namespace Protocolwacht.Persistence;

// The platform permission register: the board's decisions to use a platform per official account.
public partial class ProtocolwachtDbContext
{
    public DbSet<PlatformDecision> PlatformDecisions => Set<PlatformDecision>();
}
