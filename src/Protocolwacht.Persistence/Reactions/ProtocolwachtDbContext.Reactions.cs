using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Reactions;
using Protocolwacht.Persistence.Reactions;

namespace Protocolwacht.Persistence;

// Reactions to published posts (the /reacties inbox): one row per platform reaction, never deleted by the app.
public partial class ProtocolwachtDbContext
{
    public DbSet<Reaction> Reactions => Set<Reaction>();
    public DbSet<ReactionPauseEntity> ReactionPauses => Set<ReactionPauseEntity>();
}
