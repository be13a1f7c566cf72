using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Protocolwacht.Domain.Freezes;

namespace Protocolwacht.Persistence.Freezes;

internal sealed class PublishingFreezeConfiguration : IEntityTypeConfiguration<PublishingFreeze>
{
    public void Configure(EntityTypeBuilder<PublishingFreeze> builder)
    {
        builder.ToTable("publishing_freezes");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.SchoolId).HasMaxLength(100);
        builder.Property(f => f.Reason).HasMaxLength(PublishingFreeze.MaxReasonLength);
        builder.Property(f => f.LiftNote).HasMaxLength(PublishingFreeze.MaxReasonLength);
        builder.Property(f => f.FrozenBy).HasMaxLength(100);
        builder.Property(f => f.LiftedBy).HasMaxLength(100);
        builder.Ignore(f => f.IsActive);
        builder.Ignore(f => f.IsBoardWide);
        // Lifting twice at once (two directors, two instances): the second save fails instead of overwriting.
        builder.Property(f => f.LiftedAt).IsConcurrencyToken();
        builder.HasIndex(f => f.LiftedAt);
    }
}
