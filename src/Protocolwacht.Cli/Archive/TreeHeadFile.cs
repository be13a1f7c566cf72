using System.Text.Json;
using Protocolwacht.Domain.Archive;

namespace Protocolwacht.Cli.Archive;

/// <summary>
/// Reads a tree head kept outside the app (the JSON of <c>archive tree-head</c>) for <c>archive verify --tree-head</c>,
/// or says in Dutch what is wrong with it and where (line and field). Never throws on the file's content: before,
/// a file that was not JSON printed the parser's English message, and one without "rootHash" crashed the command.
/// </summary>
internal static class TreeHeadFile
{
    /// <returns>The head and its public key, or null with a Dutch <paramref name="error"/> naming <paramref name="name"/>.</returns>
    public static (SignedTreeHead Head, byte[] PublicKey)? Parse(string json, string name, out string? error)
    {
        error = null;
        TreeHeadJson? head;
        try
        {
            head = JsonSerializer.Deserialize<TreeHeadJson>(json);
        }
        catch (JsonException ex)
        {
            // The field as the other errors name one ('treeSize'), not as a JSON path ($.treeSize).
            var where = ex.LineNumber is { } line ? $" (regel {line + 1}{(ex.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? $", bij '{path[2..]}'" : string.Empty)})" : string.Empty;
            error = $"'{name}' is geen boomkop zoals 'archive tree-head' die schrijft: geen geldige JSON of een veld van de verkeerde soort{where}.";
            return null;
        }
        catch (ArgumentException)
        {
            error = $"'{name}' is geen boomkop zoals 'archive tree-head' die schrijft: de tekst bevat ongeldige tekens.";
            return null;
        }

        if (head is null)
        {
            error = $"'{name}' is geen boomkop zoals 'archive tree-head' die schrijft: er staat geen JSON-object in.";
            return null;
        }

        if (Missing(head) is { } field)
        {
            error = $"'{name}' is geen volledige boomkop: het veld '{field}' ontbreekt.";
            return null;
        }

        try
        {
            return head.ToDomain();
        }
        catch (FormatException)
        {
            error = $"'{name}' is geen bruikbare boomkop: rootHash moet hexadecimaal zijn, publicKey en signature base64.";
            return null;
        }
    }

    private static string? Missing(TreeHeadJson head) =>
        head.RootHash is null ? "rootHash"
        : head.KeyId is null ? "keyId"
        : head.PublicKey is null ? "publicKey"
        : head.Signature is null ? "signature"
        : null;
}
