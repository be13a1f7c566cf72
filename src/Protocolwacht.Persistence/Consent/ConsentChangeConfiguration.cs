using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Protocolwacht.Persistence.Consent;

internal sealed class ConsentChangeConfiguration : IEntityTypeConfiguration<ConsentChangeEntity>
{
    public void Configure(EntityTypeBuilder<ConsentChangeEntity> builder)
    {
        builder.ToTable("consent_changes");
        builder.HasKey(c => c.Sequence);
        builder.Property(c => c.Sequence).ValueGeneratedOnAdd();
        builder.Property(c => c.StudentId).HasMaxLength(100);
        builder.Property(c => c.PurposeCode).HasMaxLength(50);
        builder.Property(c => c.Value).HasMaxLength(10);
        builder.Property(c => c.GivenBy).HasMaxLength(100);
        builder.Property(c => c.Note).HasMaxLength(500);
        builder.Property(c => c.ChangedBy).HasMaxLength(100);
        // No foreign key to students: the history outlives a student removed by an import (it is evidence).
        builder.HasIndex(c => new { c.StudentId, c.PurposeCode, c.Sequence });
    }
}
