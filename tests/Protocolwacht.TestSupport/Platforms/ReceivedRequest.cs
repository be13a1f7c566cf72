namespace Protocolwacht.TestSupport.Platforms;

/// <summary>One request as the local platform server saw it on the wire.</summary>
public sealed record ReceivedRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
