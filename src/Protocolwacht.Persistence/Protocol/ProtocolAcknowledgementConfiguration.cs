using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Protocolwacht.Persistence.Protocol;

internal sealed class ProtocolAcknowledgementConfiguration : IEntityTypeConfiguration<ProtocolAcknowledgementEntity>
{
    public void Configure(EntityTypeBuilder<ProtocolAcknowledgementEntity> builder)
    {
        builder.ToTable("protocol_acknowledgements");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.StaffId).HasMaxLength(100);
        builder.HasIndex(a => new { a.StaffId, a.VersionNumber }).IsUnique();
        builder.HasOne<ProtocolVersionEntity>().WithMany().HasForeignKey(a => a.VersionNumber).OnDelete(DeleteBehavior.Restrict);
    }
}
