using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Protocolwacht.Domain.Posts;

namespace Protocolwacht.Persistence.Posts;

internal sealed class DeliveryConfiguration : IEntityTypeConfiguration<Delivery>
{
    public const string Table = "deliveries";

    public void Configure(EntityTypeBuilder<Delivery> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.AccountId).HasMaxLength(100);
        builder.Property(d => d.Channel).HasMaxLength(50);
        builder.Property(d => d.Fingerprint).HasMaxLength(100);
        builder.Property(d => d.IdempotencyKey).HasMaxLength(100);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.PlatformPostId).HasMaxLength(200);
        builder.Property(d => d.PlatformUrl).HasMaxLength(1000);
        builder.Property(d => d.LeaseOwner).HasMaxLength(100);
        builder.Property(d => d.ResolvedBy).HasMaxLength(100);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20).HasDefaultValue(DeliveryKind.Publish).HasSentinel((DeliveryKind)(-1));
        builder.Property(d => d.TargetPlatformPostId).HasMaxLength(200);
        builder.Ignore(d => d.NeedsReconciliation);
        builder.Ignore(d => d.IsReply);
        builder.Property(d => d.ReplyToPlatformId).HasMaxLength(200);
        builder.Property(d => d.ReplyRootPlatformId).HasMaxLength(200);

        // A publisher whose lease was taken over must not overwrite what the new owner records.
        builder.Property(d => d.LeaseOwner).IsConcurrencyToken();
        builder.HasOne<Post>().WithMany().HasForeignKey(d => d.PostId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.Status, d.DueAt });
        // One publication per post and account; changes (edit, reply, delete) are one per change and account.
        builder.HasIndex(d => new { d.PostId, d.AccountId }).IsUnique().HasFilter("\"Kind\" = 'Publish'");
        builder.HasIndex(d => new { d.ChangeId, d.AccountId }).IsUnique();
    }
}
