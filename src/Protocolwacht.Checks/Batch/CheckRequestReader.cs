using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Protocolwacht.Checks.Batch;

/// <summary>
/// Reads an ordinary batch line into a <see cref="CheckRequestJson"/> with a <see cref="Utf8JsonReader"/>, field by field.
/// The serialiser's metadata for the DTOs' value types (<c>bool?</c>, <c>bool</c>, <c>int</c>) was about 100 generic methods
/// compiled at run time on a batch's first line (70–80 ms of a one-post run; docs/benchmarks.md, twenty-eighth pass),
/// which ReadyToRun cannot precompile across assemblies. Anything out of the ordinary — a value of another type, a name
/// given twice, a string that does not decode, no object — gives null, and the caller reads the line with the
/// serialiser as before, so an unusual line and every error message come out as they did.
/// </summary>
internal static class CheckRequestReader
{
    // Throws on a lone surrogate instead of writing U+FFFD, as the serialiser's own transcoding does.
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The line's object as the serialiser reads it, or null when the line is not an ordinary one.</summary>
    public static CheckRequestJson? TryRead(string line)
    {
        byte[]? utf8 = null;
        try
        {
            utf8 = ArrayPool<byte>.Shared.Rent(Strict.GetByteCount(line));
            var reader = new Utf8JsonReader(utf8.AsSpan(0, Strict.GetBytes(line, utf8)));
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            var request = Request(ref reader);

            // Read past the object: anything but white space after it throws, as it does in the serialiser.
            return request is not null && !reader.Read() ? request : null;
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

    private static CheckRequestJson? Request(ref Utf8JsonReader reader)
    {
        var request = new CheckRequestJson();
        var seen = Seen.None;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = reader.ValueTextEquals("id"u8) ? Seen.Id
                : reader.ValueTextEquals("text"u8) ? Seen.Text
                : reader.ValueTextEquals("account"u8) ? Seen.Account
                : reader.ValueTextEquals("author"u8) ? Seen.Author
                : reader.ValueTextEquals("reply_to"u8) ? Seen.ReplyTo
                : reader.ValueTextEquals("attachments"u8) ? Seen.Attachments
                : Seen.None;
            if (!reader.Read() || (seen & field) != 0)
            {
                return null;
            }

            seen |= field;
            var ok = field switch
            {
                Seen.Id => String(ref reader, out var id) && Set(request.Id = id),
                Seen.Text => String(ref reader, out var text) && Set(request.Text = text),
                Seen.Author => String(ref reader, out var author) && Set(request.Author = author),
                Seen.Account => Account(ref reader, out var account) && Set(request.Account = account),
                Seen.ReplyTo => Reply(ref reader, out var reply) && Set(request.ReplyTo = reply),
                Seen.Attachments => Attachments(ref reader, out var attachments) && Set(request.Attachments = attachments),
                _ => Skip(ref reader),
            };
            if (!ok)
            {
                return null;
            }
        }

        return reader.TokenType == JsonTokenType.EndObject ? request : null;
    }

    private static bool Account(ref Utf8JsonReader reader, out AccountJson? account)
    {
        var ok = StringObject(ref reader, "kind"u8, "school"u8, "channel"u8, out var read);
        account = read is { } v ? new AccountJson { Kind = v.First, School = v.Second, Channel = v.Third } : null;
        return ok;
    }

    private static bool Reply(ref Utf8JsonReader reader, out ReplyJson? reply)
    {
        var ok = StringObject(ref reader, "role"u8, "name"u8, "text"u8, out var read);
        reply = read is { } v ? new ReplyJson { Role = v.First, Name = v.Second, Text = v.Third } : null;
        return ok;
    }

    // An object of three string fields (an account, a reply), or null. A name given twice or a value of another type is
    // no ordinary line; names not asked for are skipped, as the serialiser skips them.
    private static bool StringObject(
        ref Utf8JsonReader reader, ReadOnlySpan<byte> first, ReadOnlySpan<byte> second, ReadOnlySpan<byte> third, out (string? First, string? Second, string? Third)? values)
    {
        values = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        string? a = null, b = null, c = null;
        var seen = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = reader.ValueTextEquals(first) ? 1 : reader.ValueTextEquals(second) ? 2 : reader.ValueTextEquals(third) ? 4 : 0;
            if (!reader.Read() || (seen & field) != 0)
            {
                return false;
            }

            seen |= field;
            var ok = field switch
            {
                1 => String(ref reader, out a),
                2 => String(ref reader, out b),
                4 => String(ref reader, out c),
                _ => Skip(ref reader),
            };
            if (!ok)
            {
                return false;
            }
        }

        values = (a, b, c);
        return reader.TokenType == JsonTokenType.EndObject;
    }

    private static bool Attachments(ref Utf8JsonReader reader, out List<AttachmentJson>? attachments)
    {
        attachments = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        var read = new List<AttachmentJson>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (!Attachment(ref reader, out var attachment))
            {
                return false;
            }

            read.Add(attachment!);
        }

        attachments = read;
        return true;
    }

    private static bool Attachment(ref Utf8JsonReader reader, out AttachmentJson? attachment)
    {
        attachment = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        var read = new AttachmentJson();
        var seen = Seen.None;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = reader.ValueTextEquals("kind"u8) ? Seen.Kind
                : reader.ValueTextEquals("description"u8) ? Seen.Description
                : reader.ValueTextEquals("source"u8) ? Seen.Source
                : reader.ValueTextEquals("permission"u8) ? Seen.Permission
                : reader.ValueTextEquals("depicts"u8) ? Seen.Depicts
                : reader.ValueTextEquals("unidentified_people"u8) ? Seen.UnidentifiedPeople
                : reader.ValueTextEquals("logo"u8) ? Seen.Logo
                : Seen.None;
            if (!reader.Read() || (seen & field) != 0)
            {
                return false;
            }

            seen |= field;
            var ok = field switch
            {
                Seen.Kind => String(ref reader, out var kind) && Set(read.Kind = kind),
                Seen.Description => String(ref reader, out var description) && Set(read.Description = description),
                Seen.Source => String(ref reader, out var source) && Set(read.Source = source),
                Seen.Permission => reader.TokenType switch
                {
                    JsonTokenType.True => Set(read.Permission = true),
                    JsonTokenType.False => Set(read.Permission = false),
                    JsonTokenType.Null => Set(read.Permission = null),
                    _ => false,
                },
                Seen.Depicts => Strings(ref reader, out var depicts) && Set(read.Depicts = depicts),
                Seen.UnidentifiedPeople => reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var people) && Set(read.UnidentifiedPeople = people),
                Seen.Logo => reader.TokenType is JsonTokenType.True or JsonTokenType.False && Set(read.Logo = reader.TokenType == JsonTokenType.True),
                _ => Skip(ref reader),
            };
            if (!ok)
            {
                return false;
            }
        }

        attachment = read;
        return reader.TokenType == JsonTokenType.EndObject;
    }

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
            if (!String(ref reader, out var value))
            {
                return false;
            }

            read.Add(value!);
        }

        strings = read;
        return true;
    }

    private static bool String(ref Utf8JsonReader reader, out string? value)
    {
        value = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return reader.TokenType is JsonTokenType.String or JsonTokenType.Null;
    }

    // An unknown property's value, whatever it holds (the corpus's "expected").
    private static bool Skip(ref Utf8JsonReader reader)
    {
        reader.Skip();
        return true;
    }

    // Lets an assignment stand in a chain of conditions: every field is set only after its value was read.
    private static bool Set<T>(T _) => true;

    // The fields of one object, to refuse a name given twice (the serialiser's rule for that is left to it).
    [Flags]
    private enum Seen
    {
        None = 0,
        Id = 1 << 0,
        Text = 1 << 1,
        Account = 1 << 2,
        Author = 1 << 3,
        ReplyTo = 1 << 4,
        Attachments = 1 << 5,
        Kind = 1 << 6,
        Description = 1 << 7,
        Source = 1 << 8,
        Permission = 1 << 9,
        Depicts = 1 << 10,
        UnidentifiedPeople = 1 << 11,
        Logo = 1 << 12,
    }
}
