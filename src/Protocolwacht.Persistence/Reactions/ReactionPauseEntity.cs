namespace Protocolwacht.Persistence.Reactions;

/// <summary>
/// A platform said "too many requests" for an account's reactions: no instance asks again before <see cref="Until"/>.
/// In the database, not in one instance's memory, so a second instance (or a restart) keeps to the same pause.
/// </summary>
public sealed class ReactionPauseEntity
{
    public string AccountId { get; set; } = string.Empty;

    public DateTimeOffset Until { get; set; }
}
