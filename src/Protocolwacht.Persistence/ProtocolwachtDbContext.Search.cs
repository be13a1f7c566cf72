using Microsoft.EntityFrameworkCore;
using Protocolwacht.Persistence.Search;

namespace Protocolwacht.Persistence;

// Tables derived from the archive (issue #13): the search index and the keys of imported posts. Rebuildable; not append-only.
public partial class ProtocolwachtDbContext
{
    public DbSet<SearchEntryEntity> SearchEntries => Set<SearchEntryEntity>();
    public DbSet<ImportedPostKeyEntity> ImportedPostKeys => Set<ImportedPostKeyEntity>();
}
