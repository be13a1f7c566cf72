using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Protocolwacht.Persistence.Organisation;

internal sealed class StaffConfiguration : IEntityTypeConfiguration<StaffEntity>
{
    public void Configure(EntityTypeBuilder<StaffEntity> builder)
    {
        builder.ToTable("staff");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasMaxLength(100);
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.Role).HasMaxLength(20);
        builder.Property(s => s.Function).HasMaxLength(200);
        builder.Property(s => s.SchoolId).HasMaxLength(100);
        builder.Property(s => s.ManagerId).HasMaxLength(100);
        builder.Property(s => s.Email).HasMaxLength(256);
        builder.HasOne<SchoolEntity>().WithMany().HasForeignKey(s => s.SchoolId).OnDelete(DeleteBehavior.Restrict);
        // No foreign key to the manager: an import replaces staff in one go and validates the chain itself.
        builder.HasIndex(s => s.ManagerId);
    }
}
