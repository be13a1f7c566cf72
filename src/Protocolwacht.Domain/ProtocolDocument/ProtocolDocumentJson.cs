using System.Text.Json;
using System.Text.Json.Serialization;
using Protocolwacht.Domain.Json;

namespace Protocolwacht.Domain.ProtocolDocument;

/// <summary>
/// Reads and writes the protocol's JSON form (the shipped <c>konot-protocol.json</c>, the stored versions,
/// an administrator's new version). A document is accepted only when it is complete: a title, unique
/// section and part ids, text in every part, and every id of <see cref="RequiredPartIds"/> present, because
/// check findings cite those ids.
/// </summary>
public static partial class ProtocolDocumentJson
{
    public static readonly IReadOnlyList<string> RequiredPartIds =
    [
        .. Enumerable.Range(1, 10).Select(i => $"R{i}"),
        .. Enumerable.Range(1, 8).Select(i => $"DO{i}"),
        .. Enumerable.Range(1, 9).Select(i => $"DONT{i}"),
        "ACCOUNT",
        .. Enumerable.Range(1, 7).Select(i => $"BG{i}"),
    ];

    internal static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        // Generated metadata instead of reflection: parsing the shipped protocol is on the path to every
        // checker's first check, and reflection emitted and JIT-compiled some 200 methods for these four classes.
        TypeInfoResolver = DtoContext.Default,
    };

    public static ProtocolDocumentResult Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        DocumentDto? dto;
        try
        {
            // An ordinary document field by field; anything else (and so every error) as the serialiser reads it.
            dto = ProtocolDocumentReader.TryRead(json) ?? JsonSerializer.Deserialize<DocumentDto>(json, Options);
        }
        catch (JsonException ex)
        {
            // System.Text.Json's own text is English: the Dutch description and the place instead (JsonProblem).
            return ProtocolDocumentResult.Failed(JsonProblem.DescribeAt(ex));
        }

        if (dto is null)
        {
            return ProtocolDocumentResult.Failed("Het document is leeg.");
        }

        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(dto.Title))
        {
            errors.Add("De titel ontbreekt.");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var sections = new List<ProtocolSection>();
        var sectionDtos = dto.Sections ?? [];
        for (var index = 0; index < sectionDtos.Count; index++)
        {
            var section = sectionDtos[index];
            var where = $"sections[{index}]";
            if (string.IsNullOrWhiteSpace(section.Id) || !ids.Add(section.Id))
            {
                errors.Add($"{where}: het id ontbreekt of komt vaker voor ('{section.Id}').");
                continue;
            }

            var parts = new List<ProtocolPart>();
            var partDtos = section.Parts ?? [];
            for (var partIndex = 0; partIndex < partDtos.Count; partIndex++)
            {
                var part = partDtos[partIndex];
                var partWhere = $"{where}.parts[{partIndex}]";
                var blocks = part.Blocks?.Select(b => new ProtocolBlock(b.Text, b.Items)).ToList()
                    ?? (part.Text is null ? [] : [new ProtocolBlock(part.Text, null)]);
                if (string.IsNullOrWhiteSpace(part.Id) || !ids.Add(part.Id))
                {
                    errors.Add($"{partWhere}: het id ontbreekt of komt vaker voor ('{part.Id}').");
                }
                else if (blocks.Count == 0 || blocks.Any(b => (b.Text is null) == (b.Items is null) || (b.Text is not null && string.IsNullOrWhiteSpace(b.Text))))
                {
                    errors.Add($"{partWhere} ({part.Id}): elk onderdeel heeft tekst nodig (een alinea of een lijst).");
                }
                else if (JsonValues.Flag(part.CoreValue) is not { } isCoreValue)
                {
                    errors.Add($"{partWhere} ({part.Id}): coreValue moet true of false zijn.");
                }
                else
                {
                    parts.Add(new ProtocolPart(part.Id, blocks, isCoreValue));
                }
            }

            if (JsonValues.Level(section.Level) is not { } level)
            {
                errors.Add($"{where}: level moet een geheel getal zijn (3 voor een subsectie).");
                continue;
            }

            sections.Add(new ProtocolSection(section.Id, section.Heading, level is 3 ? 3 : 2, section.Paragraphs ?? [], parts, section.Closing ?? []));
        }

        errors.AddRange(RequiredPartIds.Where(id => !ids.Contains(id)).Select(id => $"Onderdeel {id} ontbreekt; controles verwijzen ernaar."));
        return errors.Count > 0
            ? ProtocolDocumentResult.Failed([.. errors])
            : new ProtocolDocumentResult(new ProtocolDocument(dto.Title!, dto.TitleNote, sections), []);
    }

    public static string Write(ProtocolDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var dto = new DocumentDto
        {
            Title = document.Title,
            TitleNote = document.TitleNote,
            Sections = [.. document.Sections.Select(s => new SectionDto
            {
                Id = s.Id,
                Heading = s.Heading,
                Level = s.Level == 3 ? JsonValues.Three : null,
                Paragraphs = s.Paragraphs.Count > 0 ? [.. s.Paragraphs] : null,
                Parts = s.Parts.Count > 0 ? [.. s.Parts.Select(ToDto)] : null,
                Closing = s.Closing.Count > 0 ? [.. s.Closing] : null,
            })],
        };
        return JsonSerializer.Serialize(dto, Options);
    }

    private static PartDto ToDto(ProtocolPart part) => part.Blocks is [{ Text: { } text, Items: null }]
        ? new PartDto { Id = part.Id, Text = text, CoreValue = JsonValues.TrueOrNull(part.IsCoreValue) }
        : new PartDto { Id = part.Id, Blocks = [.. part.Blocks.Select(b => new BlockDto { Text = b.Text, Items = b.Items?.ToList() })], CoreValue = JsonValues.TrueOrNull(part.IsCoreValue) };

    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, WriteIndented = true)]
    [JsonSerializable(typeof(DocumentDto))]
    [JsonSerializable(typeof(JsonElement))]
    private sealed partial class DtoContext : JsonSerializerContext;

    internal sealed class DocumentDto
    {
        public string? Title { get; set; }
        public string? TitleNote { get; set; }
        public List<SectionDto>? Sections { get; set; }
    }

    internal sealed class SectionDto
    {
        public string Id { get; set; } = string.Empty;
        public string? Heading { get; set; }
        // An object (read as a JsonElement, see JsonValues) rather than int?: metadata over a value type is
        // generic code ReadyToRun cannot precompile, and parsing the shipped protocol is on every check's start.
        public object? Level { get; set; }
        public List<string>? Paragraphs { get; set; }
        public List<PartDto>? Parts { get; set; }
        public List<string>? Closing { get; set; }
    }

    internal sealed class PartDto
    {
        public string Id { get; set; } = string.Empty;
        public string? Text { get; set; }
        public List<BlockDto>? Blocks { get; set; }

        // An object rather than bool, for the same reason as SectionDto.Level; null (left out) is false.
        public object? CoreValue { get; set; }
    }

    internal sealed class BlockDto
    {
        public string? Text { get; set; }
        public List<string>? Items { get; set; }
    }
}
