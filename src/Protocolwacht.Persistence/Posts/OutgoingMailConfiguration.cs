using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Protocolwacht.Persistence.Posts;

internal sealed class OutgoingMailConfiguration : IEntityTypeConfiguration<OutgoingMail>
{
    public void Configure(EntityTypeBuilder<OutgoingMail> builder)
    {
        builder.ToTable("outgoing_mails");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.ToAddress).HasMaxLength(300);
        builder.Property(m => m.ToName).HasMaxLength(200);
        builder.Property(m => m.Subject).HasMaxLength(300);
        builder.Property(m => m.LeaseOwner).HasMaxLength(100).IsConcurrencyToken();
        builder.HasIndex(m => new { m.SentAt, m.DueAt });
    }
}
