using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Protocolwacht.Domain.ProtocolDocument;

/// <summary>
/// Reads an ordinary protocol document into <see cref="ProtocolDocumentJson.DocumentDto"/> with a <see cref="Utf8JsonReader"/>,
/// field by field, as the check's batch line is read (CheckRequestReader). The serialiser's first use compiled some 30 of
/// its generic methods at run time (its property cache, its read stack), on the way to every checker's first check
/// (docs/benchmarks.md, thirtieth pass). Anything out of the ordinary — a value of another type, a name given twice, a
/// null where the serialiser would keep one, a comment, a trailing comma, a string that does not decode, no object, a
/// property name the reader does not know (review fix, fixchecks3: a field later added to a DTO must not be dropped) —
/// gives null, and <see cref="ProtocolDocumentJson.Parse"/> reads the text with the serialiser as before, so an unusual
/// document and every error message come out as they did.
/// </summary>
internal static class ProtocolDocumentReader
{
    // Throws on a lone surrogate instead of writing U+FFFD, as the serialiser's own transcoding does.
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The document's DTO as the serialiser reads it, or null when the text is not an ordinary document.</summary>
    public static ProtocolDocumentJson.DocumentDto? TryRead(string json)
    {
        byte[]? utf8 = null;
        try
        {
            utf8 = ArrayPool<byte>.Shared.Rent(Strict.GetByteCount(json));
            var reader = new Utf8JsonReader(utf8.AsSpan(0, Strict.GetBytes(json, utf8)));
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            var document = Document(ref reader);

            // Read past the object: anything but white space after it throws, as it does in the serialiser.
            return document is not null && !reader.Read() ? document : null;
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException)
        {
            return null;
        }
        finally
        {
            if (utf8 is not null)
            {
                ArrayPool<byte>.Shared.Return(utf8);
            }
        }
    }

    private static ProtocolDocumentJson.DocumentDto? Document(ref Utf8JsonReader reader)
    {
        var document = new ProtocolDocumentJson.DocumentDto();
        var seen = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = reader.ValueTextEquals("title"u8) ? 1 : reader.ValueTextEquals("titleNote"u8) ? 2 : reader.ValueTextEquals("sections"u8) ? 4 : 0;
            if (!reader.Read() || (seen & field) != 0)
            {
                return null;
            }

            seen |= field;
            var ok = field switch
            {
                1 => String(ref reader, out var title) && Set(document.Title = title),
                2 => String(ref reader, out var note) && Set(document.TitleNote = note),
                4 => Sections(ref reader, out var sections) && Set(document.Sections = sections),
                _ => false,
            };
            if (!ok)
            {
                return null;
            }
        }

        return reader.TokenType == JsonTokenType.EndObject ? document : null;
    }

    private static bool Sections(ref Utf8JsonReader reader, out List<ProtocolDocumentJson.SectionDto>? sections)
    {
        sections = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        var read = new List<ProtocolDocumentJson.SectionDto>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (Section(ref reader) is not { } section)
            {
                return false;
            }

            read.Add(section);
        }

        sections = read;
        return true;
    }

    // A section object; null (a null in the list included) for anything else.
    private static ProtocolDocumentJson.SectionDto? Section(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        var section = new ProtocolDocumentJson.SectionDto();
        var seen = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = reader.ValueTextEquals("id"u8) ? 1
                : reader.ValueTextEquals("heading"u8) ? 2
                : reader.ValueTextEquals("level"u8) ? 4
                : reader.ValueTextEquals("paragraphs"u8) ? 8
                : reader.ValueTextEquals("parts"u8) ? 16
                : reader.ValueTextEquals("closing"u8) ? 32
                : 0;
            if (!reader.Read() || (seen & field) != 0)
            {
                return null;
            }

            seen |= field;
            var ok = field switch
            {
                1 => Id(ref reader, out var id) && Set(section.Id = id),
                2 => String(ref reader, out var heading) && Set(section.Heading = heading),
                4 => Set(section.Level = Value(ref reader)),
                8 => Strings(ref reader, out var paragraphs) && Set(section.Paragraphs = paragraphs),
                16 => Parts(ref reader, out var parts) && Set(section.Parts = parts),
                32 => Strings(ref reader, out var closing) && Set(section.Closing = closing),
                _ => false,
            };
            if (!ok)
            {
                return null;
            }
        }

        return reader.TokenType == JsonTokenType.EndObject ? section : null;
    }

    private static bool Parts(ref Utf8JsonReader reader, out List<ProtocolDocumentJson.PartDto>? parts)
    {
        parts = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        var read = new List<ProtocolDocumentJson.PartDto>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (Part(ref reader) is not { } part)
            {
                return false;
            }

            read.Add(part);
        }

        parts = read;
        return true;
    }

    private static ProtocolDocumentJson.PartDto? Part(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        var part = new ProtocolDocumentJson.PartDto();
        var seen = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = reader.ValueTextEquals("id"u8) ? 1
                : reader.ValueTextEquals("text"u8) ? 2
                : reader.ValueTextEquals("blocks"u8) ? 4
                : reader.ValueTextEquals("coreValue"u8) ? 8
                : 0;
            if (!reader.Read() || (seen & field) != 0)
            {
                return null;
            }

            seen |= field;
            var ok = field switch
            {
                1 => Id(ref reader, out var id) && Set(part.Id = id),
                2 => String(ref reader, out var text) && Set(part.Text = text),
                4 => Blocks(ref reader, out var blocks) && Set(part.Blocks = blocks),
                8 => Set(part.CoreValue = Value(ref reader)),
                _ => false,
            };
            if (!ok)
            {
                return null;
            }
        }

        return reader.TokenType == JsonTokenType.EndObject ? part : null;
    }

    private static bool Blocks(ref Utf8JsonReader reader, out List<ProtocolDocumentJson.BlockDto>? blocks)
    {
        blocks = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        var read = new List<ProtocolDocumentJson.BlockDto>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (Block(ref reader) is not { } block)
            {
                return false;
            }

            read.Add(block);
        }

        blocks = read;
        return true;
    }

    private static ProtocolDocumentJson.BlockDto? Block(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        var block = new ProtocolDocumentJson.BlockDto();
        var seen = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = reader.ValueTextEquals("text"u8) ? 1 : reader.ValueTextEquals("items"u8) ? 2 : 0;
            if (!reader.Read() || (seen & field) != 0)
            {
                return null;
            }

            seen |= field;
            var ok = field switch
            {
                1 => String(ref reader, out var text) && Set(block.Text = text),
                2 => Strings(ref reader, out var items) && Set(block.Items = items),
                _ => false,
            };
            if (!ok)
            {
                return null;
            }
        }

        return reader.TokenType == JsonTokenType.EndObject ? block : null;
    }

    // A list of strings, or null; a null in the list is left to the serialiser.
    private static bool Strings(ref Utf8JsonReader reader, out List<string>? strings)
    {
        strings = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        var read = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                return false;
            }

            read.Add(reader.GetString()!);
        }

        strings = read;
        return true;
    }

    private static bool String(ref Utf8JsonReader reader, out string? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            return false;
        }

        value = reader.GetString();
        return true;
    }

    // An id is a string; a null id (which the serialiser sets, over the empty default) is left to the serialiser.
    private static bool Id(ref Utf8JsonReader reader, out string id)
    {
        id = string.Empty;
        if (reader.TokenType != JsonTokenType.String)
        {
            return false;
        }

        id = reader.GetString()!;
        return true;
    }

    // A level or a core-value flag: the serialiser reads any value into an object as a JsonElement, and null as null.
    private static object? Value(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : JsonElement.ParseValue(ref reader);

    private static bool Set<T>(T _) => true;
}
