using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Protocolwacht.Persistence.Accounts;
using Protocolwacht.Persistence.Consent;
using Protocolwacht.Persistence.Identity;
using Protocolwacht.Persistence.Organisation;
using Protocolwacht.Persistence.Protocol;

namespace Protocolwacht.Persistence;

/// <summary>
/// The one database of Protocolwacht. Partial so that other features (posts, outbox) add their sets in
/// their own files; every entity is configured by an <see cref="IEntityTypeConfiguration{TEntity}"/> in
/// this assembly. Works on SQLite and PostgreSQL; migrations live in one project per provider.
/// </summary>
public partial class ProtocolwachtDbContext(DbContextOptions<ProtocolwachtDbContext> options)
    : IdentityDbContext<StaffUser>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<BoardEntity> Boards => Set<BoardEntity>();
    public DbSet<SchoolEntity> Schools => Set<SchoolEntity>();
    public DbSet<StaffEntity> Staff => Set<StaffEntity>();
    public DbSet<StudentEntity> Students => Set<StudentEntity>();
    public DbSet<ParentEntity> Parents => Set<ParentEntity>();
    public DbSet<ParentChildEntity> ParentChildren => Set<ParentChildEntity>();
    public DbSet<OfficialAccountEntity> OfficialAccounts => Set<OfficialAccountEntity>();
    public DbSet<OAuthClientEntity> OAuthClients => Set<OAuthClientEntity>();
    public DbSet<OrganisationVersionEntity> OrganisationVersions => Set<OrganisationVersionEntity>();

    public DbSet<ConsentPurposeEntity> ConsentPurposes => Set<ConsentPurposeEntity>();
    public DbSet<ConsentChangeEntity> ConsentChanges => Set<ConsentChangeEntity>();

    public DbSet<ProtocolVersionEntity> ProtocolVersions => Set<ProtocolVersionEntity>();
    public DbSet<ProtocolAcknowledgementEntity> ProtocolAcknowledgements => Set<ProtocolAcknowledgementEntity>();

    public DbSet<PasswordLinkEntity> PasswordLinks => Set<PasswordLinkEntity>();

    /// <summary>
    /// Pinned, so the model is the same at design time (migrations) and at run time whatever the host's
    /// Identity options say. Version 3 includes the passkey table.
    /// </summary>
    protected override Version SchemaVersion => IdentitySchemaVersions.Version3;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ProtocolwachtDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // SQLite stores DateTimeOffset as text and cannot compare or order it in SQL; as a UTC-ticks
        // integer it can. PostgreSQL has a native timestamptz and keeps it.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }
}
