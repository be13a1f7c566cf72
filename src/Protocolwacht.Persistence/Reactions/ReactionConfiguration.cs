using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Protocolwacht.Domain.Reactions;

namespace Protocolwacht.Persistence.Reactions;

internal sealed class ReactionConfiguration : IEntityTypeConfiguration<Reaction>
{
    public void Configure(EntityTypeBuilder<Reaction> builder)
    {
        builder.ToTable("reactions");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.AccountId).HasMaxLength(100);
        builder.Property(r => r.Channel).HasMaxLength(40);
        builder.Property(r => r.PlatformReactionId).HasMaxLength(300);
        builder.Property(r => r.InReplyToId).HasMaxLength(300);
        builder.Property(r => r.AuthorHandle).HasMaxLength(Reaction.MaxAuthorLength);
        builder.Property(r => r.AuthorName).HasMaxLength(Reaction.MaxAuthorLength);
        builder.Property(r => r.Text).HasMaxLength(Reaction.MaxTextLength);
        builder.Property(r => r.Url).HasMaxLength(1000);
        builder.Property(r => r.FlagReason).HasMaxLength(1000);
        builder.Property(r => r.HiddenBy).HasMaxLength(100);
        builder.Property(r => r.ReportedBy).HasMaxLength(100);
        builder.Property(r => r.AnsweredBy).HasMaxLength(100);
        builder.Ignore(r => r.NeedsAnswer);

        // Fetching a reaction again (every poll, a second instance) must never store it twice.
        builder.HasIndex(r => new { r.Channel, r.PlatformReactionId }).IsUnique();
        builder.HasIndex(r => new { r.AccountId, r.PlacedAt });
    }
}
