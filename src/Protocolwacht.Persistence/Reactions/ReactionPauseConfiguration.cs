using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Protocolwacht.Persistence.Reactions;

internal sealed class ReactionPauseConfiguration : IEntityTypeConfiguration<ReactionPauseEntity>
{
    public void Configure(EntityTypeBuilder<ReactionPauseEntity> builder)
    {
        builder.ToTable("reaction_pauses");
        builder.HasKey(p => p.AccountId);
        builder.Property(p => p.AccountId).HasMaxLength(100);
    }
}
