using System.Globalization;
using System.Text.Json;

namespace Protocolwacht.Imports.Json;

/// <summary>
/// Reads the elements of one JSON array from a stream without holding the whole file: the buffer
/// only ever holds the element being read (it grows for a large one). An export of 100,000 posts is
/// read in one pass. Broken JSON ends the stream with one Dutch issue that says where (line, path);
/// it never throws on bad input.
/// </summary>
internal sealed partial class JsonArrayStream
{
    private const int InitialBufferSize = 64 * 1024;
    private const int ScriptPrefixLimit = 4096;
    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip };

    // The element is parsed again on its own: with the same options, or a comment the stream skipped throws here.
    private static readonly JsonDocumentOptions ElementOptions = new() { CommentHandling = JsonCommentHandling.Skip };

    private readonly Stream _stream;
    private readonly JsonArraySource _source;
    private byte[] _buffer = new byte[InitialBufferSize];
    private int _start;
    private int _end;
    private bool _eof;
    private JsonReaderState _state = new(ReaderOptions);
    private Phase _phase = Phase.Prefix;
    private int _linesBefore;
    private int _linesCountedTo;
    private int _prefixLines;
    private string? _pendingProperty;
    private string? _arrayProperty;
    private int _index;

    private JsonArrayStream(Stream stream, JsonArraySource source)
    {
        _stream = stream;
        _source = source;
    }

    private enum Phase
    {
        Prefix,
        Root,
        RootObject,
        Elements,
        Done,
    }

    private enum Step
    {
        Item,
        Issue,
        NeedMore,
        Continue,
        Finished,
    }

    public static IEnumerable<JsonArrayEntry> Read(Stream stream, JsonArraySource source)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(source);
        return new JsonArrayStream(stream, source).Run();
    }

    private IEnumerable<JsonArrayEntry> Run()
    {
        while (true)
        {
            var step = Next(out var item, out var issue);
            switch (step)
            {
                case Step.Item:
                    using (var document = JsonDocument.Parse(item.Bytes, ElementOptions))
                    {
                        // Valid JSON can still hold a string that is no text; reading it would throw, so
                        // the record is refused here and the elements after it are read as usual.
                        yield return Decodes(document.RootElement)
                            ? new JsonArrayEntry(item.Index, item.Line, item.Path, document.RootElement, null)
                            : new JsonArrayEntry(item.Index, item.Line, item.Path, default, Issue(item.Line, item.Path, UndecodableText));
                    }

                    break;
                case Step.Issue:
                    yield return new JsonArrayEntry(_index, issue!.Line ?? 1, issue.Path ?? string.Empty, default, issue);
                    yield break;
                case Step.Finished:
                    yield break;
                case Step.NeedMore:
                    if (_eof)
                    {
                        yield return new JsonArrayEntry(_index, CurrentLine(_end), string.Empty, default, CutShort());
                        yield break;
                    }

                    Fill();
                    break;
            }
        }
    }

    private const string UndecodableText = "Dit bericht bevat tekst die geen geldige UTF-8 is, of een losse UTF-16-surrogaat (zoals \\ud800).";

    // Utf8JsonReader checks the structure, not that every string decodes: GetString throws for
    // invalid UTF-8 inside a string and for an escaped lone surrogate.
    private static bool Decodes(JsonElement element)
    {
        try
        {
            return element.ValueKind switch
            {
                JsonValueKind.String => element.GetString() is not null,
                JsonValueKind.Array => element.EnumerateArray().All(Decodes),
                JsonValueKind.Object => element.EnumerateObject().All(p => p.Name is not null && Decodes(p.Value)),
                _ => true,
            };
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static string? TryGetString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private Step Next(out RawItem item, out ImportIssue? issue)
    {
        item = default;
        issue = null;
        if (_phase == Phase.Prefix)
        {
            var prefix = SkipPrefix(out issue);
            if (prefix != Step.Continue)
            {
                return prefix;
            }
        }

        var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _eof, _state);
        try
        {
            while (true)
            {
                var step = _phase switch
                {
                    Phase.Root => ReadRoot(ref reader, out issue),
                    Phase.RootObject => ReadRootProperty(ref reader, out issue),
                    Phase.Elements => ReadElement(ref reader, out item),
                    _ => Step.Finished,
                };
                if (step != Step.Continue)
                {
                    return step;
                }
            }
        }
        catch (JsonException ex)
        {
            _phase = Phase.Done;
            issue = SyntaxIssue(ex);
            return Step.Issue;
        }
    }

    private Step ReadRoot(ref Utf8JsonReader reader, out ImportIssue? issue)
    {
        issue = null;
        if (!reader.Read())
        {
            return NoMoreTokens(out issue);
        }

        if (reader.TokenType == JsonTokenType.StartArray && _source.PropertyName is null)
        {
            Commit(ref reader, Phase.Elements);
            return Step.Continue;
        }

        if (reader.TokenType == JsonTokenType.StartObject && !_source.AllowScriptAssignment)
        {
            Commit(ref reader, Phase.RootObject);
            return Step.Continue;
        }

        _phase = Phase.Done;
        issue = Issue(CurrentLine(_start + (int)reader.TokenStartIndex), "$", _source.PropertyName is null
            ? "Het bestand moet een lijst van berichten zijn (een JSON-array die met '[' begint)."
            : $"Het bestand moet een JSON-object zijn met het veld '{_source.PropertyName}'.");
        return Step.Issue;
    }

    private Step ReadRootProperty(ref Utf8JsonReader reader, out ImportIssue? issue)
    {
        issue = null;
        if (_pendingProperty is null)
        {
            if (!reader.Read())
            {
                return NoMoreTokens(out issue);
            }

            if (reader.TokenType == JsonTokenType.EndObject)
            {
                _phase = Phase.Done;
                issue = Issue(CurrentLine(_start + (int)reader.TokenStartIndex), "$", _source.PropertyName is null
                    ? "Het bestand bevat geen lijst van berichten."
                    : $"Het veld '{_source.PropertyName}' ontbreekt.");
                return Step.Issue;
            }

            _pendingProperty = TryGetString(ref reader) ?? string.Empty;
            Commit(ref reader, Phase.RootObject);
            return Step.Continue;
        }

        if (!reader.Read())
        {
            return NoMoreTokens(out issue);
        }

        var wanted = _source.PropertyName is null
            ? reader.TokenType == JsonTokenType.StartArray
            : string.Equals(_pendingProperty, _source.PropertyName, StringComparison.Ordinal);
        if (wanted)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                _phase = Phase.Done;
                issue = Issue(CurrentLine(_start + (int)reader.TokenStartIndex), _pendingProperty, $"Het veld '{_pendingProperty}' moet een lijst zijn.");
                return Step.Issue;
            }

            _arrayProperty = _pendingProperty;
            _pendingProperty = null;
            Commit(ref reader, Phase.Elements);
            return Step.Continue;
        }

        if (!reader.TrySkip())
        {
            return Step.NeedMore;
        }

        _pendingProperty = null;
        Commit(ref reader, Phase.RootObject);
        return Step.Continue;
    }

    private Step ReadElement(ref Utf8JsonReader reader, out RawItem item)
    {
        item = default;
        if (!reader.Read())
        {
            return Step.NeedMore;
        }

        if (reader.TokenType == JsonTokenType.EndArray)
        {
            _phase = Phase.Done;
            return Step.Finished;
        }

        var tokenStart = _start + (int)reader.TokenStartIndex;
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && !reader.TrySkip())
        {
            return Step.NeedMore;
        }

        var end = _start + (int)reader.BytesConsumed;
        var path = string.Create(CultureInfo.InvariantCulture, $"{_source.ArrayPath(_arrayProperty)}[{_index}]");
        item = new RawItem(_index, CurrentLine(tokenStart), path, _buffer.AsSpan(tokenStart, end - tokenStart).ToArray());
        _index++;
        Commit(ref reader, Phase.Elements);
        return Step.Item;
    }

    private Step NoMoreTokens(out ImportIssue? issue)
    {
        issue = null;
        if (!_eof)
        {
            return Step.NeedMore;
        }

        _phase = Phase.Done;
        issue = _end == 0 ? Issue(1, "$", "Het bestand is leeg.") : CutShort();
        return Step.Issue;
    }

    private void Commit(ref Utf8JsonReader reader, Phase next)
    {
        _start += (int)reader.BytesConsumed;
        _state = reader.CurrentState;
        _phase = next;
        reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _eof, _state);
    }

    /// <summary>Skips a UTF-8 byte order mark, and for X's files the <c>window.YTD.… =</c> assignment.</summary>
    private Step SkipPrefix(out ImportIssue? issue)
    {
        issue = null;
        while (!_eof && _end - _start < ScriptPrefixLimit)
        {
            Fill();
        }

        var span = _buffer.AsSpan(_start, _end - _start);
        if (span.StartsWith("\uFEFF"u8))
        {
            _start += 3;
            span = span[3..];
        }

        var firstToken = span.IndexOfAnyExcept(" \t\r\n"u8);
        if (firstToken < 0 && _eof)
        {
            _phase = Phase.Done;
            issue = Issue(1, "$", "Het bestand is leeg.");
            return Step.Issue;
        }

        if (_source.AllowScriptAssignment && firstToken >= 0 && span[firstToken] is not (byte)'[')
        {
            var assignment = span.IndexOf((byte)'=');
            if (!span[firstToken..].StartsWith("window.YTD."u8) || assignment < 0)
            {
                _phase = Phase.Done;
                issue = Issue(1, "$", "Dit is geen bestand uit een X-archief: het moet beginnen met 'window.YTD.tweets.part0 = ['.");
                return Step.Issue;
            }

            _prefixLines = span[..assignment].Count((byte)'\n');
            _start += assignment + 1;
        }

        _linesCountedTo = _start;
        _linesBefore = _buffer.AsSpan(0, _start).Count((byte)'\n');
        _phase = Phase.Root;
        return Step.Continue;
    }

    private readonly record struct RawItem(int Index, int Line, string Path, byte[] Bytes);
}
