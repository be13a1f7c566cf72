using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Protocolwacht.Persistence.Organisation;

internal sealed class OrganisationVersionConfiguration : IEntityTypeConfiguration<OrganisationVersionEntity>
{
    public void Configure(EntityTypeBuilder<OrganisationVersionEntity> builder)
    {
        builder.ToTable("organisation_version");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        // The row exists from the first migration on, so a change only ever updates it.
        builder.HasData(new OrganisationVersionEntity { Id = OrganisationVersionEntity.SingleId, Stamp = new Guid("6f1d0a52-3c1e-4a8e-9a57-0e2f4b1c7d90") });
    }
}
