using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Protocolwacht.Persistence;

namespace Protocolwacht.Web.Infrastructure.KeyRing;

/// <summary>
/// Earlier versions kept the key ring in the database. With the key ring in the data directory, keys still
/// in the database are moved there once at start (before any request or background job reads the ring), so
/// platform tokens encrypted with them stay readable and no key is left beside the tokens.
/// </summary>
public static class LegacyKeyMove
{
    public static async Task<int> MoveOutOfTheDatabaseAsync(IServiceProvider services, IConfiguration configuration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        if (configuration.GetValue<bool>(KeyRingFeature.KeysInDatabase)
            || services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository is not FileSystemXmlRepository files)
        {
            return 0;
        }

        var db = services.GetRequiredService<ProtocolwachtDbContext>();
        var keys = await db.DataProtectionKeys.ToListAsync(cancellationToken);
        foreach (var key in keys.Where(k => k.Xml is not null))
        {
            files.StoreElement(XElement.Parse(key.Xml!), key.FriendlyName ?? $"key-{key.Id}");
        }

        db.DataProtectionKeys.RemoveRange(keys);
        await db.SaveChangesAsync(cancellationToken);
        return keys.Count;
    }
}
