using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Protocolwacht.Persistence.Organisation;

internal sealed class StudentConfiguration : IEntityTypeConfiguration<StudentEntity>
{
    public void Configure(EntityTypeBuilder<StudentEntity> builder)
    {
        builder.ToTable("students");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasMaxLength(100);
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.SchoolId).HasMaxLength(100);
        builder.Property(s => s.Group).HasMaxLength(50);
        builder.Property(s => s.PupilNumber).HasMaxLength(50);
        builder.HasIndex(s => s.PupilNumber).IsUnique();
        builder.HasOne<SchoolEntity>().WithMany().HasForeignKey(s => s.SchoolId).OnDelete(DeleteBehavior.Restrict);
    }
}
