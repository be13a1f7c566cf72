using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Protocolwacht.Domain.Posts;

namespace Protocolwacht.Persistence.Posts;

internal sealed class PostChangeConfiguration : IEntityTypeConfiguration<PostChange>
{
    public void Configure(EntityTypeBuilder<PostChange> builder)
    {
        builder.ToTable("post_changes");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.Verdict).HasConversion<string>().HasMaxLength(10);
        builder.Property(c => c.Reason).HasMaxLength(2000);
        builder.Property(c => c.RequestedBy).HasMaxLength(100);
        builder.Property(c => c.DecidedBy).HasMaxLength(100);
        builder.Property(c => c.Origin).HasMaxLength(50);
        builder.Property(c => c.StudentId).HasMaxLength(100);
        builder.HasOne<Post>().WithMany().HasForeignKey(c => c.PostId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.PostId, c.CreatedAt });
        builder.HasIndex(c => c.Status);

        // At most one takedown task waiting to be taken up per post: two consent withdrawals (or an erasure) saved at the
        // same moment both find no open task and both propose one; the second save is refused here and its follow-up
        // runs again, now seeing the first task (ConsentFollowUp).
        builder.HasIndex(c => c.PostId).IsUnique().HasFilter("\"Status\" = 'Proposed'").HasDatabaseName("IX_post_changes_one_proposed_per_post");
    }
}
