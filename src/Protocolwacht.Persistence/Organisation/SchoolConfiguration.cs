using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Protocolwacht.Persistence.Organisation;

internal sealed class SchoolConfiguration : IEntityTypeConfiguration<SchoolEntity>
{
    public void Configure(EntityTypeBuilder<SchoolEntity> builder)
    {
        builder.ToTable("schools");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasMaxLength(100);
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.Town).HasMaxLength(200);
        builder.Property(s => s.Address).HasMaxLength(300);
        builder.Property(s => s.Brin).HasMaxLength(6);
        builder.HasIndex(s => s.Brin).IsUnique();
    }
}
