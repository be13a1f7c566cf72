using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Checks.Batch;

/// <summary>
/// The batch contract of spec/protocol-checks.md: one JSON object per input line, one JSON object per
/// output line, same order. Parsing never throws: a malformed line gives an error that names its line
/// number, and the caller writes it with <see cref="WriteError"/> and goes on.
/// </summary>
public static class BatchFormat
{
    private const string LoneSurrogate = "ongeldige tekst: een losse UTF-16-surrogaat (zoals \\ud800) is geen teken";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Dutch text stays readable (é, ë, emoji) instead of \u escapes; still valid JSON.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static BatchLineResult ParseLine(string line, int lineNumber) =>
        !string.IsNullOrWhiteSpace(line) && ReadDirectly(line, lineNumber) is { } direct ? direct : ParseDocument(line, lineNumber);

    /// <summary>The line read as a document first, which can say what is wrong with it (tests compare it with <see cref="ParseLine"/>).</summary>
    internal static BatchLineResult ParseDocument(string line, int lineNumber)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return Fail(lineNumber, null, "de regel is leeg");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            // The parser's own message is English; the position is what helps the author.
            var position = ex.BytePositionInLine is { } p ? $" bij teken {p + 1}" : string.Empty;
            return Fail(lineNumber, null, $"geen geldige JSON{position}");
        }
        catch (ArgumentException)
        {
            // A caller's string with an unpaired surrogate cannot be turned into UTF-8 for the reader.
            return Fail(lineNumber, null, LoneSurrogate);
        }

        using (document)
        {
            try
            {
                return Read(document.RootElement, lineNumber);
            }
            catch (InvalidOperationException)
            {
                // What the JSON reader throws for a string or property name it cannot decode, such as "\ud800".
                return Fail(lineNumber, null, LoneSurrogate);
            }
        }
    }

    // The common case in one pass: a well-formed object whose id, if any, is a string. Every other line (not JSON,
    // no object, a number as id, a value of the wrong type, a lone surrogate) returns null and takes the path
    // below, which reads the line twice (as a document for the id, then as the object) to name what is wrong.
    // Both read with the same rules (no comments, no trailing commas; a repeated property's last value counts), so
    // a line read here gives the same result as below. An ordinary line is read field by field (CheckRequestReader),
    // which compiles none of the serialiser's metadata at run time; a line it leaves is read by the serialiser.
    private static BatchLineResult? ReadDirectly(string line, int lineNumber)
    {
        var dto = CheckRequestReader.TryRead(line) ?? Deserialize(line);
        if (dto is null)
        {
            return null;
        }

        var request = ToRequest(dto, out var error);
        return request is null ? Fail(lineNumber, dto.Id, error!) : new BatchLineResult(lineNumber, dto.Id, request, null);
    }

    private static CheckRequestJson? Deserialize(string line)
    {
        try
        {
            return JsonSerializer.Deserialize(line, CheckJsonContext.Default.CheckRequestJson);
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException or NotSupportedException)
        {
            return null;
        }
    }

    private static BatchLineResult Read(JsonElement root, int lineNumber)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Fail(lineNumber, null, "de regel moet één JSON-object zijn");
        }

        var id = ReadId(root);
        CheckRequestJson? dto;
        try
        {
            dto = root.Deserialize(CheckJsonContext.Default.CheckRequestJson);
        }
        catch (JsonException ex)
        {
            // A value of the wrong type ("text": 42) throws the same inner exception as a lone surrogate; name the field first.
            if (WrongTypeField.Describe(root, ex.Path) is { } wrongType)
            {
                return Fail(lineNumber, id, wrongType);
            }

            var where = ex.Path is null ? string.Empty : " bij " + ex.Path;
            return Fail(lineNumber, id, ex.InnerException is InvalidOperationException ? LoneSurrogate + where : $"ongeldige waarde{where}");
        }

        if (dto is null)
        {
            return Fail(lineNumber, id, "de regel moet één JSON-object zijn");
        }

        var request = ToRequest(dto, out var error);
        return request is null ? Fail(lineNumber, id, error!) : new BatchLineResult(lineNumber, id, request, null);
    }

    // The id is only echoed back; one that is no valid text is left out rather than failing the answer.
    private static string? ReadId(JsonElement root)
    {
        try
        {
            if (!root.TryGetProperty("id", out var idElement))
            {
                return null;
            }

            return idElement.ValueKind switch
            {
                JsonValueKind.String => idElement.GetString(),
                JsonValueKind.Number => idElement.GetRawText(),
                _ => null,
            };
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>Validates and converts an input object; on failure returns null and a Dutch <paramref name="error"/>.</summary>
    public static CheckRequest? ToRequest(CheckRequestJson dto, out string? error)
    {
        ArgumentNullException.ThrowIfNull(dto);
        error = null;
        if (dto.Text is null)
        {
            error = "het veld 'text' ontbreekt";
            return null;
        }

        if (dto.Account is null)
        {
            error = "het veld 'account' ontbreekt";
            return null;
        }

        if (!AccountKindCodes.TryParse(dto.Account.Kind, out var kind))
        {
            error = $"onbekend account.kind '{dto.Account.Kind}' (organisation, school of personal)";
            return null;
        }

        if (kind == AccountKind.School && string.IsNullOrEmpty(dto.Account.School))
        {
            error = "account.school ontbreekt bij een schoolaccount";
            return null;
        }

        ReplyContext? reply = null;
        if (dto.ReplyTo is not null)
        {
            if (!Codes.TryParseRole(dto.ReplyTo.Role, out var role))
            {
                error = $"onbekende reply_to.role '{dto.ReplyTo.Role}' (student, parent, staff of public)";
                return null;
            }

            reply = new ReplyContext(role, dto.ReplyTo.Name, dto.ReplyTo.Text);
        }

        var attachments = new List<AttachmentInfo>();
        for (var i = 0; i < (dto.Attachments?.Count ?? 0); i++)
        {
            var a = dto.Attachments![i];
            if (a is null)
            {
                error = $"attachments[{i}] is leeg";
                return null;
            }

            var source = AttachmentSource.Unknown;
            if (a.Source is not null && !Codes.TryParseSource(a.Source, out source))
            {
                error = $"onbekende attachments[{i}].source '{a.Source}' (own, third-party of unknown)";
                return null;
            }

            if (a.UnidentifiedPeople < 0)
            {
                error = $"attachments[{i}].unidentified_people mag niet negatief zijn";
                return null;
            }

            attachments.Add(new AttachmentInfo(a.Kind ?? "image", a.Description, source, a.Permission,
                [.. (a.Depicts ?? []).Where(d => d is not null)], a.UnidentifiedPeople, a.Logo));
        }

        return new CheckRequest(dto.Text, new AccountContext(kind, dto.Account.School, dto.Account.Channel), dto.Author, reply, attachments);
    }

    public static string WriteResult(string? id, CheckResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var writer = RentWriter(out var buffer);
        writer.WriteStartObject();
        WriteId(writer, id);
        writer.WriteString("verdict", result.Verdict.ToCode());
        writer.WriteStartArray("findings");
        foreach (var f in result.Findings)
        {
            writer.WriteStartObject();
            writer.WriteString("category", f.Category);
            writer.WriteString("severity", f.Severity.ToCode());
            writer.WriteString("guideline", f.Guideline);
            WriteNullable(writer, "start", f.Start);
            WriteNullable(writer, "end", f.End);
            writer.WriteString("message", f.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();

        return Return(writer, buffer);
    }

    // One writer and buffer per thread, reset for each line: a batch writes a line per post, and a new writer each
    // time was a measurable share of it. A buffer grown past 64 KB (a huge id) is let go rather than kept.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    private static Utf8JsonWriter RentWriter(out ArrayBufferWriter<byte> buffer)
    {
        buffer = t_buffer ??= new ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(buffer, WriterOptions);
        writer.Reset(buffer);
        return writer;
    }

    private static string Return(Utf8JsonWriter writer, ArrayBufferWriter<byte> buffer)
    {
        writer.Flush();
        var line = Encoding.UTF8.GetString(buffer.WrittenSpan);
        if (buffer.Capacity > 1 << 16)
        {
            t_buffer = null;
            t_writer = null;
        }

        return line;
    }

    public static string WriteError(string? id, int lineNumber, string error)
    {
        var writer = RentWriter(out var buffer);
        writer.WriteStartObject();
        WriteId(writer, id);
        writer.WriteNumber("line", lineNumber);
        writer.WriteString("error", error.StartsWith("regel ", StringComparison.Ordinal) ? error : $"regel {lineNumber}: {error}");
        writer.WriteEndObject();
        return Return(writer, buffer);
    }

    private static void WriteId(Utf8JsonWriter writer, string? id)
    {
        if (id is null)
        {
            writer.WriteNull("id");
        }
        else
        {
            writer.WriteString("id", id);
        }
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteNumber(name, value.Value);
        }
    }

    private static BatchLineResult Fail(int lineNumber, string? id, string error) =>
        new(lineNumber, id, null, $"regel {lineNumber}: {error}");
}
