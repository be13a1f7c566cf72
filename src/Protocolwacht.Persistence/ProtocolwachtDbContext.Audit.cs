using Microsoft.EntityFrameworkCore;
using Protocolwacht.Persistence.Audit;

namespace Protocolwacht.Persistence;

// The audit log (issue #14): who did what, append-only.
public partial class ProtocolwachtDbContext
{
    public DbSet<AuditEntryEntity> AuditEntries => Set<AuditEntryEntity>();
}
