using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Protocolwacht.Persistence.Organisation;

internal sealed class ParentConfiguration : IEntityTypeConfiguration<ParentEntity>
{
    public void Configure(EntityTypeBuilder<ParentEntity> builder)
    {
        builder.ToTable("parents");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasMaxLength(100);
        builder.Property(p => p.Name).HasMaxLength(200);
    }
}
