using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Protocolwacht.Persistence.Archive;

internal sealed class ArchiveRecordConfiguration : IEntityTypeConfiguration<ArchiveRecordEntity>
{
    public void Configure(EntityTypeBuilder<ArchiveRecordEntity> builder)
    {
        builder.ToTable("archive_records");
        builder.HasKey(r => r.Sequence);
        builder.Property(r => r.Sequence).ValueGeneratedNever();
        builder.Property(r => r.Type).HasMaxLength(60);
        builder.Property(r => r.ContentHash).HasMaxLength(32);
        builder.HasIndex(r => r.RedactsSequence).IsUnique();
        builder.HasIndex(r => new { r.Type, r.RecordedAt });
    }
}

internal sealed class ArchiveContentConfiguration : IEntityTypeConfiguration<ArchiveContentEntity>
{
    public void Configure(EntityTypeBuilder<ArchiveContentEntity> builder)
    {
        builder.ToTable("archive_contents");
        builder.HasKey(c => c.Sequence);
        builder.Property(c => c.Sequence).ValueGeneratedNever();
        builder.HasOne<ArchiveRecordEntity>().WithOne().HasForeignKey<ArchiveContentEntity>(c => c.Sequence).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ArchiveTreeHeadConfiguration : IEntityTypeConfiguration<ArchiveTreeHeadEntity>
{
    public void Configure(EntityTypeBuilder<ArchiveTreeHeadEntity> builder)
    {
        builder.ToTable("archive_tree_heads");
        builder.HasKey(h => h.TreeSize);
        builder.Property(h => h.TreeSize).ValueGeneratedNever();
        builder.Property(h => h.RootHash).HasMaxLength(32);
        builder.Property(h => h.KeyId).HasMaxLength(32);
    }
}

internal sealed class ArchiveSigningKeyConfiguration : IEntityTypeConfiguration<ArchiveSigningKeyEntity>
{
    public void Configure(EntityTypeBuilder<ArchiveSigningKeyEntity> builder)
    {
        builder.ToTable("archive_signing_keys");
        builder.HasKey(k => k.KeyId);
        builder.Property(k => k.KeyId).HasMaxLength(32);
    }
}
