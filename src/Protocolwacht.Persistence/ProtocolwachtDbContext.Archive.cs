using Microsoft.EntityFrameworkCore;
using Protocolwacht.Persistence.Archive;

namespace Protocolwacht.Persistence;

// The permanent archive (issue #10): append-only records, their removable contents, signed tree heads and the signing keys.
public partial class ProtocolwachtDbContext
{
    public DbSet<ArchiveRecordEntity> ArchiveRecords => Set<ArchiveRecordEntity>();
    public DbSet<ArchiveContentEntity> ArchiveContents => Set<ArchiveContentEntity>();
    public DbSet<ArchiveTreeHeadEntity> ArchiveTreeHeads => Set<ArchiveTreeHeadEntity>();
    public DbSet<ArchiveSigningKeyEntity> ArchiveSigningKeys => Set<ArchiveSigningKeyEntity>();
}
