using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Protocolwacht.Web.Features.Organisation;

/// <summary>
/// Holds a read export between its preview and the administrator's "Toepassen", in memory only (the
/// files hold children's data and are never written to disk), for <see cref="Lifetime"/>, and only for the
/// person who uploaded it. An instance restart or another instance means uploading again.
/// </summary>
public class PendingFiles<T>(TimeProvider time)
    where T : class
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    private readonly ConcurrentDictionary<string, (string Owner, DateTimeOffset Until, T File)> files = new(StringComparer.Ordinal);

    public string Keep(string owner, T file)
    {
        Sweep();
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        files[token] = (owner, time.GetUtcNow() + Lifetime, file);
        return token;
    }

    public T? Find(string owner, string? token) =>
        token is not null && files.TryGetValue(token, out var entry) && entry.Owner == owner && entry.Until > time.GetUtcNow() ? entry.File : null;

    public void Forget(string? token)
    {
        if (token is not null)
        {
            files.TryRemove(token, out _);
        }
    }

    private void Sweep()
    {
        var now = time.GetUtcNow();
        foreach (var (token, entry) in files)
        {
            if (entry.Until <= now)
            {
                files.TryRemove(token, out _);
            }
        }
    }
}
