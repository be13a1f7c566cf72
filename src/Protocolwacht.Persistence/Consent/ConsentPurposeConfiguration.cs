using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Protocolwacht.Persistence.Consent;

internal sealed class ConsentPurposeConfiguration : IEntityTypeConfiguration<ConsentPurposeEntity>
{
    public void Configure(EntityTypeBuilder<ConsentPurposeEntity> builder)
    {
        builder.ToTable("consent_purposes");
        builder.HasKey(p => p.Code);
        builder.Property(p => p.Code).HasMaxLength(50);
        builder.Property(p => p.Name).HasMaxLength(200);
    }
}
