using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Protocolwacht.Domain.Incidents;

namespace Protocolwacht.Persistence.Incidents;

internal sealed class IncidentViewConfiguration : IEntityTypeConfiguration<IncidentView>
{
    public void Configure(EntityTypeBuilder<IncidentView> builder)
    {
        builder.ToTable("incident_views");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.StaffId).HasMaxLength(100);
        builder.HasOne<Incident>().WithMany().HasForeignKey(v => v.IncidentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.IncidentId, v.At });
    }
}
