using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Protocolwacht.Persistence.Accounts;

internal sealed class OAuthClientConfiguration : IEntityTypeConfiguration<OAuthClientEntity>
{
    public void Configure(EntityTypeBuilder<OAuthClientEntity> builder)
    {
        builder.ToTable("oauth_clients");
        builder.HasKey(c => c.Instance);
        builder.Property(c => c.Instance).HasMaxLength(300);
        builder.Property(c => c.ClientId).HasMaxLength(300);
        builder.Property(c => c.RedirectUri).HasMaxLength(1000);
    }
}
