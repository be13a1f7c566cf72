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

    public static BatchLineResult ParseLine(string line, int lineNumber)
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
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
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
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static string WriteError(string? id, int lineNumber, string error)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            WriteId(writer, id);
            writer.WriteNumber("line", lineNumber);
            writer.WriteString("error", error.StartsWith("regel ", StringComparison.Ordinal) ? error : $"regel {lineNumber}: {error}");
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
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
