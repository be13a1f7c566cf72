using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Protocolwacht.Persistence.Posts;

internal sealed class SandboxPublicationConfiguration : IEntityTypeConfiguration<SandboxPublication>
{
    public void Configure(EntityTypeBuilder<SandboxPublication> builder)
    {
        builder.ToTable("sandbox_publications");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.AccountKey).HasMaxLength(100);
        builder.Property(p => p.IdempotencyKey).HasMaxLength(100);
        builder.HasIndex(p => p.IdempotencyKey).IsUnique();
        builder.HasIndex(p => p.PublishedAt);
    }
}
