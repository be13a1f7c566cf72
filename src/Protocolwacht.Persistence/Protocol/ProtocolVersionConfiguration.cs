using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Protocolwacht.Persistence.Protocol;

internal sealed class ProtocolVersionConfiguration : IEntityTypeConfiguration<ProtocolVersionEntity>
{
    public void Configure(EntityTypeBuilder<ProtocolVersionEntity> builder)
    {
        builder.ToTable("protocol_versions");
        builder.HasKey(v => v.Number);
        builder.Property(v => v.Number).ValueGeneratedNever();
        builder.Property(v => v.Title).HasMaxLength(300);
        builder.Property(v => v.ChangeNote).HasMaxLength(1000);
        builder.Property(v => v.PublishedBy).HasMaxLength(100);
    }
}
