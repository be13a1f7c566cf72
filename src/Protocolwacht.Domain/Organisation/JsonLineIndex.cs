using System.Text;
using System.Text.Json;

namespace Protocolwacht.Domain.Organisation;

/// <summary>
/// Maps JSON paths (<c>staff[3].manager</c>) to the 1-based line where that value starts, so
/// validation messages can say where a problem is. System.Text.Json's DOM keeps no positions.
/// </summary>
internal sealed class JsonLineIndex
{
    private readonly Dictionary<string, int> _lines = new(StringComparer.Ordinal);

    private JsonLineIndex()
    {
    }

    /// <summary>
    /// The first string or property name that is valid JSON but no text (an escaped lone surrogate such
    /// as "\ud800"), as the path of its value or object and its line; null when every string decodes.
    /// </summary>
    public (string Path, int Line)? Undecodable { get; private set; }

    public int LineOf(string path)
    {
        // Fall back to the nearest enclosing path that was seen (a missing property reports its object).
        var current = path;
        while (current.Length > 0)
        {
            if (_lines.TryGetValue(current, out var line))
            {
                return line;
            }

            var cut = Math.Max(current.LastIndexOf('.'), current.LastIndexOf('['));
            current = cut > 0 ? current[..cut] : string.Empty;
        }

        return 1;
    }

    /// <summary>
    /// False when the text cannot hold an undecodable string, so <see cref="Undecodable"/> is null without building
    /// the index: such a string needs an escaped surrogate (<c>\ud800</c> to <c>\udfff</c>). A lone surrogate written as
    /// a character is no valid text to begin with (the JSON parser refuses it). True may be a false alarm.
    /// </summary>
    public static bool MayHoldUndecodableText(string json)
    {
        for (var at = json.IndexOf("\\u", StringComparison.Ordinal); at >= 0; at = json.IndexOf("\\u", at + 1, StringComparison.Ordinal))
        {
            if (at + 3 < json.Length && json[at + 2] is 'd' or 'D' && json[at + 3] is (>= '8' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F'))
            {
                return true;
            }
        }

        return false;
    }

    public static JsonLineIndex Build(byte[] utf8)
    {
        var index = new JsonLineIndex();
        var newlines = new List<long>();
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                newlines.Add(i);
            }
        }

        int Line(long offset)
        {
            var found = newlines.BinarySearch(offset);
            return (found < 0 ? ~found : found) + 1;
        }

        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var path = new Stack<Frame>();
        string? pendingProperty = null;

        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    if (!TryGetString(ref reader, out pendingProperty))
                    {
                        index.Undecodable ??= (path.Count == 0 ? "$" : Trim(path.Peek().Path) is { Length: > 0 } parent ? parent : "$", Line(reader.TokenStartIndex));
                    }

                    continue;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    path.Pop();
                    continue;
            }

            var here = Child(path, pendingProperty);
            pendingProperty = null;
            index._lines.TryAdd(here, Line(reader.TokenStartIndex));
            if (reader.TokenType == JsonTokenType.String && !TryGetString(ref reader, out _))
            {
                index.Undecodable ??= (here, Line(reader.TokenStartIndex));
            }

            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                path.Push(new Frame(here, reader.TokenType == JsonTokenType.StartArray));
            }
        }

        return index;
    }

    private static bool TryGetString(ref Utf8JsonReader reader, out string? value)
    {
        try
        {
            value = reader.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            value = null;
            return false;
        }
    }

    private static string Child(Stack<Frame> path, string? property)
    {
        if (path.Count == 0)
        {
            return "$";
        }

        var parent = path.Peek();
        if (parent.IsArray)
        {
            return $"{Trim(parent.Path)}[{parent.NextIndex++}]";
        }

        return parent.Path == "$" ? property ?? string.Empty : $"{parent.Path}.{property}";
    }

    private static string Trim(string path) => path == "$" ? string.Empty : path;

    private sealed class Frame(string path, bool isArray)
    {
        public string Path { get; } = path;
        public bool IsArray { get; } = isArray;
        public int NextIndex { get; set; }
    }

    public static JsonLineIndex Build(string json) => Build(Encoding.UTF8.GetBytes(json));
}
