using Microsoft.EntityFrameworkCore;
using Protocolwacht.Persistence.Privacy;

namespace Protocolwacht.Persistence;

// Retention (issue #15): the record of what retention removed from the audit log.
public partial class ProtocolwachtDbContext
{
    public DbSet<AuditLogCutEntity> AuditLogCuts => Set<AuditLogCutEntity>();

    // Erasure (issue #15): which advice steps lost a name, when and by whom.
    public DbSet<PostTransitionRedactionEntity> PostTransitionRedactions => Set<PostTransitionRedactionEntity>();
}
