namespace Protocolwacht.Domain.PostingRights;

/// <summary>
/// The outcome of a posting-rights question. Callers decide on <see cref="Denial"/>; <see cref="Reason"/>
/// is Dutch, for the person who asked, and is never parsed.
/// </summary>
public sealed record PostingDecision(bool Allowed, PostingDenial Denial, string Reason)
{
    public static readonly PostingDecision Allow = new(true, PostingDenial.None, "Je mag op dit account plaatsen.");

    public static PostingDecision UnknownAccount(string accountId) =>
        new(false, PostingDenial.UnknownAccount, $"Onbekend account '{accountId}'.");

    public static PostingDecision NotStaff(string reason) => new(false, PostingDenial.NotStaff, reason);
}
