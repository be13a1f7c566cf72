using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Protocolwacht.Persistence.Posts;

internal sealed class StoredAttachmentConfiguration : IEntityTypeConfiguration<StoredAttachment>
{
    public void Configure(EntityTypeBuilder<StoredAttachment> builder)
    {
        builder.ToTable("stored_attachments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.FileName).HasMaxLength(300);
        builder.Property(a => a.ContentType).HasMaxLength(200);
        builder.Property(a => a.UploadedBy).HasMaxLength(100);
    }
}
