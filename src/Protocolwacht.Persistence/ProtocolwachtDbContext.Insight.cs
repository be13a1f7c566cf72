using Microsoft.EntityFrameworkCore;
using Protocolwacht.Persistence.Insight;

namespace Protocolwacht.Persistence;

// Tables derived from the archive for the insight and reconciliation (issue #13 items 3-4). Rebuildable; not append-only.
public partial class ProtocolwachtDbContext
{
    public DbSet<InsightPostEntity> InsightPosts => Set<InsightPostEntity>();
    public DbSet<InsightFindingEntity> InsightFindings => Set<InsightFindingEntity>();
    public DbSet<GonePostEntity> GonePosts => Set<GonePostEntity>();
}
