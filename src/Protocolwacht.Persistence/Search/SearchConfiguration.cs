using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Protocolwacht.Persistence.Search;

internal sealed class SearchEntryConfiguration : IEntityTypeConfiguration<SearchEntryEntity>
{
    public void Configure(EntityTypeBuilder<SearchEntryEntity> builder)
    {
        builder.ToTable("archive_search");
        builder.HasKey(e => e.Sequence);
        builder.Property(e => e.Sequence).ValueGeneratedNever();
        builder.Property(e => e.Source).HasMaxLength(16);
        builder.Property(e => e.AccountId).HasMaxLength(100);
        builder.Property(e => e.SchoolId).HasMaxLength(100);
        builder.Property(e => e.AuthorId).HasMaxLength(100);
        builder.Property(e => e.Verdict).HasMaxLength(10);
        builder.HasIndex(e => e.At);
        builder.HasIndex(e => new { e.SchoolId, e.At });
        builder.HasIndex(e => new { e.AccountId, e.At });
    }
}

internal sealed class ImportedPostKeyConfiguration : IEntityTypeConfiguration<ImportedPostKeyEntity>
{
    public void Configure(EntityTypeBuilder<ImportedPostKeyEntity> builder)
    {
        builder.ToTable("archive_import_keys");
        builder.HasKey(k => new { k.AccountId, k.PlatformId });
        builder.Property(k => k.AccountId).HasMaxLength(100);
        builder.Property(k => k.PlatformId).HasMaxLength(200);
        builder.Property(k => k.Fingerprint).HasMaxLength(64);
        builder.HasIndex(k => new { k.AccountId, k.Fingerprint });
    }
}
