using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Protocolwacht.Domain.PlatformDecisions;

namespace Protocolwacht.Persistence.PlatformDecisions;

internal sealed class PlatformDecisionConfiguration : IEntityTypeConfiguration<PlatformDecision>
{
    public void Configure(EntityTypeBuilder<PlatformDecision> builder)
    {
        builder.ToTable("platform_decisions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.AccountId).HasMaxLength(100);
        builder.Property(d => d.DpiaOutcome).HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.ProcessingAgreement).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Reviewer).HasMaxLength(200);
        builder.Property(d => d.Note).HasMaxLength(PlatformDecision.MaxTextLength);
        builder.Property(d => d.RecordedBy).HasMaxLength(100);
        // Two instances reminding at once: only one marks the decision (and so only one reminder commits).
        builder.Property(d => d.ReminderSentAt).IsConcurrencyToken();
        // Two decisions recorded for one account at once: the second fails on the version instead of both counting.
        builder.HasIndex(d => new { d.AccountId, d.Version }).IsUnique();
    }
}
