using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Protocolwacht.Persistence.Privacy;

internal sealed class PostTransitionRedactionConfiguration : IEntityTypeConfiguration<PostTransitionRedactionEntity>
{
    public void Configure(EntityTypeBuilder<PostTransitionRedactionEntity> builder)
    {
        builder.ToTable("post_transition_redactions");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.RedactedBy).HasMaxLength(100);
        builder.Property(r => r.Ground).HasMaxLength(300);
        builder.HasIndex(r => new { r.PostId, r.Sequence });
    }
}
