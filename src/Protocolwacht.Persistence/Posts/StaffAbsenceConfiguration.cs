using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Protocolwacht.Persistence.Posts;

internal sealed class StaffAbsenceConfiguration : IEntityTypeConfiguration<StaffAbsence>
{
    public void Configure(EntityTypeBuilder<StaffAbsence> builder)
    {
        builder.ToTable("staff_absences");
        builder.HasKey(a => a.StaffId);
        builder.Property(a => a.StaffId).HasMaxLength(100);
    }
}
