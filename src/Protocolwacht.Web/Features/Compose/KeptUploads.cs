using System.Security.Cryptography;
using Protocolwacht.Web.Features.Attachments;

namespace Protocolwacht.Web.Features.Compose;

/// <summary>
/// A file the composer received with a form that had an error, kept so the author does not have to choose it again (a
/// browser never puts a file back into a file field). It may be a photo of children, so it is kept in this process's
/// memory only (never on disk, never in a log), bound to the staff member who sent it and to the draft, for at most
/// <see cref="KeepFor"/>; its bytes are cleared when it is discarded, replaced, expires or the author signs out, and go
/// to the database only with the draft that takes it. A token is 128 random bits and is useless to anyone else. With
/// several instances behind a balancer, a form that reaches another instance does not find the file and the page asks
/// for it again, as it did before. Thread-safe.
/// </summary>
public sealed class KeptUploads(TimeProvider time)
{
    /// <summary>How long a kept file waits for the form to come back; then it is gone (<see cref="KeptUploadSweep"/>).</summary>
    public static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(30);

    /// <summary>All kept files together at most (a dozen uploads of the largest size): above it the page asks for the file again.</summary>
    public const long MaxTotalBytes = 12 * AttachmentStore.MaxBytes;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _bytes;

    /// <summary>How many files are kept now.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>
    /// Keeps <paramref name="upload"/> for <paramref name="staffId"/>'s draft (null: a draft not saved yet), in place of
    /// any file kept for that draft before; returns its token, or null when the store is full.
    /// </summary>
    public string? Keep(string staffId, Guid? draftId, ReadUpload upload)
    {
        ArgumentNullException.ThrowIfNull(upload);
        lock (_lock)
        {
            SweepLocked();
            foreach (var token in _entries.Where(e => e.Value.StaffId == staffId && e.Value.DraftId == draftId && !ReferenceEquals(e.Value.Upload, upload)).Select(e => e.Key).ToList())
            {
                RemoveLocked(token, clear: true);
            }

            if (_bytes + upload.Content.Length > MaxTotalBytes)
            {
                return null;
            }

            var kept = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            _entries[kept] = new Entry(staffId, draftId, upload, time.GetUtcNow() + KeepFor);
            _bytes += upload.Content.Length;
            return kept;
        }
    }

    /// <summary>
    /// The file kept under <paramref name="token"/>, taken out of the store, when it is <paramref name="staffId"/>'s and was
    /// kept for this draft (or for a draft not saved yet, which an autosave may have saved since); otherwise null.
    /// </summary>
    public ReadUpload? Take(string? token, string staffId, Guid? draftId)
    {
        lock (_lock)
        {
            SweepLocked();
            if (token is null || !_entries.TryGetValue(token, out var entry) || entry.StaffId != staffId || (entry.DraftId is { } kept && kept != draftId))
            {
                return null;
            }

            RemoveLocked(token, clear: false); // the caller stores these bytes with the draft or keeps them again
            return entry.Upload;
        }
    }

    /// <summary>Forgets the file kept under <paramref name="token"/> when it is <paramref name="staffId"/>'s.</summary>
    public void Discard(string? token, string staffId)
    {
        lock (_lock)
        {
            if (token is not null && _entries.TryGetValue(token, out var entry) && entry.StaffId == staffId)
            {
                RemoveLocked(token, clear: true);
            }
        }
    }

    /// <summary>Forgets every file kept for <paramref name="staffId"/> (on signing out).</summary>
    public void DiscardAll(string staffId)
    {
        lock (_lock)
        {
            foreach (var token in _entries.Where(e => e.Value.StaffId == staffId).Select(e => e.Key).ToList())
            {
                RemoveLocked(token, clear: true);
            }
        }
    }

    /// <summary>Forgets the files whose time is up; returns how many.</summary>
    public int Sweep()
    {
        lock (_lock)
        {
            return SweepLocked();
        }
    }

    private int SweepLocked()
    {
        var now = time.GetUtcNow();
        var expired = _entries.Where(e => e.Value.Until <= now).Select(e => e.Key).ToList();
        foreach (var token in expired)
        {
            RemoveLocked(token, clear: true);
        }

        return expired.Count;
    }

    // Clearing the array leaves no copy of the photo in memory for a heap dump to find once it is no longer wanted.
    private void RemoveLocked(string token, bool clear)
    {
        var entry = _entries[token];
        _entries.Remove(token);
        _bytes -= entry.Upload.Content.Length;
        if (clear)
        {
            Array.Clear(entry.Upload.Content);
        }
    }

    private sealed record Entry(string StaffId, Guid? DraftId, ReadUpload Upload, DateTimeOffset Until);
}
