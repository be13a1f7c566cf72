using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Protocolwacht.Persistence.Privacy;

internal sealed class AuditLogCutConfiguration : IEntityTypeConfiguration<AuditLogCutEntity>
{
    public void Configure(EntityTypeBuilder<AuditLogCutEntity> builder)
    {
        builder.ToTable("audit_log_cuts");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedOnAdd();
        builder.Property(c => c.Kind).HasMaxLength(20);
    }
}
