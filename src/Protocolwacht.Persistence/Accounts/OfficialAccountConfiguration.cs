using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Protocolwacht.Persistence.Accounts;

internal sealed class OfficialAccountConfiguration : IEntityTypeConfiguration<OfficialAccountEntity>
{
    public void Configure(EntityTypeBuilder<OfficialAccountEntity> builder)
    {
        builder.ToTable("official_accounts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasMaxLength(100);
        builder.Property(a => a.Channel).HasMaxLength(50);
        builder.Property(a => a.Handle).HasMaxLength(200);
        builder.Property(a => a.SchoolId).HasMaxLength(100);
        builder.HasOne<Organisation.SchoolEntity>().WithMany().HasForeignKey(a => a.SchoolId).OnDelete(DeleteBehavior.Restrict);
    }
}
