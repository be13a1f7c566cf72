using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Freezes;

namespace Protocolwacht.Persistence;

// Crisis freezes (publicatiestop): one row per freeze, lifted but never deleted.
public partial class ProtocolwachtDbContext
{
    public DbSet<PublishingFreeze> PublishingFreezes => Set<PublishingFreeze>();
}
