namespace Protocolwacht.Web.Features.Reactions;

/// <summary>Settings of the reactions inbox (<c>Reactions</c> section).</summary>
public sealed class ReactionsOptions
{
    /// <summary>False turns the polling job off on this instance.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the platforms are asked for new reactions.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Posts published longer ago than this are no longer polled (reactions come in the first days).</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromDays(14);

    /// <summary>Pages read per post per round; the rest waits for the next round.</summary>
    public int MaxPagesPerPost { get; set; } = 20;
}
