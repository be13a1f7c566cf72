namespace Protocolwacht.Web.Features.Reconciliation;

/// <summary>Settings of the reconciliation of the archive with the live accounts (<c>Reconciliation</c> section).</summary>
public sealed class ReconciliationOptions
{
    /// <summary>False turns the job off on this instance.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often every connected account is compared.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How many of an account's most recent posts are compared (N).</summary>
    public int Window { get; set; } = 100;

    /// <summary>Posts asked for per page.</summary>
    public int PageSize { get; set; } = 40;

    /// <summary>
    /// Posts younger than this are left for the next round, both ways: a publication in progress here is not yet
    /// "placed outside", and a platform that is slow to list a new post has not "removed" it.
    /// </summary>
    public TimeSpan Grace { get; set; } = TimeSpan.FromMinutes(30);
}
