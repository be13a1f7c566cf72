namespace Protocolwacht.Connectors.Bluesky;

/// <summary>An XRPC session from createSession or refreshSession. Holds secrets: never log it.</summary>
internal sealed record BlueskySession(string AccessJwt, string RefreshJwt, string Did, string Handle)
{
    public override string ToString() => $"BlueskySession {{ Did = {Did}, Handle = {Handle} }}";
}
