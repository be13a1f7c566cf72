using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Protocolwacht.Persistence.Insight;

internal sealed class InsightPostConfiguration : IEntityTypeConfiguration<InsightPostEntity>
{
    public void Configure(EntityTypeBuilder<InsightPostEntity> builder)
    {
        builder.ToTable("archive_insight_posts");
        builder.HasKey(p => p.Sequence);
        builder.Property(p => p.Sequence).ValueGeneratedNever();
        builder.Property(p => p.Source).HasMaxLength(16);
        builder.Property(p => p.AccountId).HasMaxLength(100);
        builder.Property(p => p.SchoolId).HasMaxLength(100);
        builder.Property(p => p.AuthorId).HasMaxLength(100);
        builder.Property(p => p.PlatformId).HasMaxLength(200);
        builder.Property(p => p.Verdict).HasMaxLength(10);
        builder.HasIndex(p => p.Month);
        builder.HasIndex(p => new { p.SchoolId, p.Month });
        builder.HasIndex(p => new { p.AccountId, p.At });
        builder.HasIndex(p => new { p.AccountId, p.Month }); // the insight's account filter, with or without a period
        builder.HasIndex(p => new { p.AccountId, p.PlatformId });
    }
}

internal sealed class InsightFindingConfiguration : IEntityTypeConfiguration<InsightFindingEntity>
{
    public void Configure(EntityTypeBuilder<InsightFindingEntity> builder)
    {
        builder.ToTable("archive_insight_findings");
        builder.HasKey(f => new { f.Sequence, f.Index });
        builder.Property(f => f.Source).HasMaxLength(16);
        builder.Property(f => f.AccountId).HasMaxLength(100);
        builder.Property(f => f.SchoolId).HasMaxLength(100);
        builder.Property(f => f.Guideline).HasMaxLength(20);
        builder.Property(f => f.Category).HasMaxLength(50);
        builder.HasIndex(f => f.Month);
        builder.HasIndex(f => new { f.SchoolId, f.Month });
        builder.HasIndex(f => new { f.AccountId, f.Month });
        // The frequent findings' examples: the newest posts of one guideline and category, read backwards, stopping at three.
        builder.HasIndex(f => new { f.Guideline, f.Category, f.Sequence });
    }
}

internal sealed class GonePostConfiguration : IEntityTypeConfiguration<GonePostEntity>
{
    public void Configure(EntityTypeBuilder<GonePostEntity> builder)
    {
        builder.ToTable("archive_gone_posts");
        builder.HasKey(g => new { g.AccountId, g.PlatformId });
        builder.Property(g => g.AccountId).HasMaxLength(100);
        builder.Property(g => g.PlatformId).HasMaxLength(200);
        builder.Property(g => g.Reason).HasMaxLength(16);
    }
}
