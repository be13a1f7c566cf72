using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Protocolwacht.Domain.Incidents;
using Protocolwacht.Persistence.Posts;

namespace Protocolwacht.Persistence.Incidents;

internal sealed class IncidentConfiguration : IEntityTypeConfiguration<Incident>
{
    public void Configure(EntityTypeBuilder<Incident> builder)
    {
        builder.ToTable("incidents");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.SchoolId).HasMaxLength(100);
        builder.Property(i => i.Category).HasConversion<string>().HasMaxLength(30);
        builder.Property(i => i.Severity).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Description).HasMaxLength(Incident.MaxDescriptionLength);
        builder.Property(i => i.ReportedBy).HasMaxLength(100);
        builder.Property(i => i.ReporterContact).HasMaxLength(Incident.MaxShortText);
        builder.Property(i => i.HandlerId).HasMaxLength(100);
        builder.Property(i => i.AuthorityReference).HasMaxLength(Incident.MaxShortText);
        builder.Property(i => i.NotReportedReason).HasMaxLength(Incident.MaxDescriptionLength);
        builder.Property(i => i.AuthorityDecisionBy).HasMaxLength(100);
        builder.Property(i => i.PeopleInformedNote).HasMaxLength(Incident.MaxDescriptionLength);
        builder.Property(i => i.ClosedBy).HasMaxLength(100);
        builder.Property(i => i.Evaluation).HasMaxLength(Incident.MaxDescriptionLength);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.Ignore(i => i.IsClosed);

        builder.Property(i => i.People).HasField("_people").UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(JsonColumn.Converter<IncidentPerson>(), JsonColumn.Comparer<IncidentPerson>());
        builder.Property(i => i.Timeline).HasField("_timeline").UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(JsonColumn.Converter<IncidentEntry>(), JsonColumn.Comparer<IncidentEntry>());
        builder.Property(i => i.Tasks).HasField("_tasks").UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(JsonColumn.Converter<IncidentTask>(), JsonColumn.Comparer<IncidentTask>());

        builder.HasIndex(i => new { i.SchoolId, i.ReportedAt });
        builder.HasIndex(i => new { i.IsDataBreach, i.ClosedAt });
    }
}
