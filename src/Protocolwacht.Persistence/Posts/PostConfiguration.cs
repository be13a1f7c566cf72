using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Protocolwacht.Domain.Posts;

namespace Protocolwacht.Persistence.Posts;

internal sealed class PostConfiguration : IEntityTypeConfiguration<Post>
{
    public void Configure(EntityTypeBuilder<Post> builder)
    {
        builder.ToTable("posts");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.AuthorId).HasMaxLength(100);
        builder.Property(p => p.Text);
        builder.Property(p => p.State).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.StateBeforeQueue).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.LastVerdict).HasConversion<string>().HasMaxLength(10);
        builder.Property(p => p.ApproverId).HasMaxLength(100);
        builder.Property(p => p.ApprovedBy).HasMaxLength(100);
        builder.Property(p => p.ApprovedFingerprint).HasMaxLength(100);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.Content);
        builder.Ignore(p => p.IsApprovedAsIs);
        builder.Ignore(p => p.IsReply);
        builder.Property(p => p.ReplyAudience).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(p => p.ReplyToReactionId);

        builder.Property(p => p.AccountIds).HasField("_accountIds").UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(JsonColumn.Converter<string>(), JsonColumn.Comparer<string>());
        builder.Property(p => p.Attachments).HasField("_attachments").UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(JsonColumn.Converter<PostAttachment>(), JsonColumn.Comparer<PostAttachment>());

        // The workflow steps are an append-only log of their own (post_transitions), never rewritten with the post.
        builder.OwnsMany(p => p.Transitions, t =>
        {
            t.ToTable("post_transitions");
            t.WithOwner().HasForeignKey("PostId");
            t.HasKey("PostId", nameof(PostTransition.Sequence));
            t.Property(x => x.Sequence).ValueGeneratedNever();
            t.Property(x => x.Action).HasConversion<string>().HasMaxLength(40);
            t.Property(x => x.From).HasConversion<string>().HasMaxLength(30);
            t.Property(x => x.To).HasConversion<string>().HasMaxLength(30);
            t.Property(x => x.ActorId).HasMaxLength(100);
            t.Property(x => x.ReasonCode).HasMaxLength(40);
            // Null for the steps recorded before the codes (and for a person's reason): the untyped overload takes the nullable list.
            t.Property(x => x.ReasonArguments).HasConversion((ValueConverter)JsonColumn.Converter<string>(), JsonColumn.Comparer<string>());
        });
        builder.Navigation(p => p.Transitions).HasField("_transitions").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasIndex(p => new { p.AuthorId, p.UpdatedAt });
        builder.HasIndex(p => new { p.ApproverId, p.State });
    }
}
