using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Protocolwacht.Persistence.Identity;

internal sealed class PasswordLinkConfiguration : IEntityTypeConfiguration<PasswordLinkEntity>
{
    public void Configure(EntityTypeBuilder<PasswordLinkEntity> builder)
    {
        builder.ToTable("password_links");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.StaffId).HasMaxLength(100);
        builder.Property(l => l.Kind).HasMaxLength(20);
        builder.Property(l => l.CreatedBy).HasMaxLength(100);
        builder.Property(l => l.TokenHash).HasMaxLength(32);
        builder.HasIndex(l => l.TokenHash).IsUnique();
        builder.HasIndex(l => l.StaffId);
    }
}
