using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Protocolwacht.Persistence.Organisation;

internal sealed class ParentChildConfiguration : IEntityTypeConfiguration<ParentChildEntity>
{
    public void Configure(EntityTypeBuilder<ParentChildEntity> builder)
    {
        builder.ToTable("parent_children");
        builder.HasKey(p => new { p.ParentId, p.StudentId });
        builder.Property(p => p.ParentId).HasMaxLength(100);
        builder.Property(p => p.StudentId).HasMaxLength(100);
        builder.Property(p => p.Relation).HasMaxLength(20);
        builder.HasOne<ParentEntity>().WithMany().HasForeignKey(p => p.ParentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StudentEntity>().WithMany().HasForeignKey(p => p.StudentId).OnDelete(DeleteBehavior.Cascade);
    }
}
