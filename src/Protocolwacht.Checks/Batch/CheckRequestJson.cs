using System.Text.Json.Serialization;

namespace Protocolwacht.Checks.Batch;

/// <summary>
/// The JSON shape of one input object of the batch contract (spec/protocol-checks.md), also accepted by
/// POST /api/checks. Property names are snake_case as in the spec; unknown properties (such as the
/// corpus's "expected") are ignored. Convert with <see cref="BatchFormat.ToRequest"/>.
/// </summary>
public sealed class CheckRequestJson
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("text")]
    public string? Text { get; set; }

    [JsonPropertyName("account")]
    public AccountJson? Account { get; set; }

    [JsonPropertyName("author")]
    public string? Author { get; set; }

    [JsonPropertyName("reply_to")]
    public ReplyJson? ReplyTo { get; set; }

    [JsonPropertyName("attachments")]
    public List<AttachmentJson>? Attachments { get; set; }
}

public sealed class AccountJson
{
    [JsonPropertyName("kind")]
    public string? Kind { get; set; }

    [JsonPropertyName("school")]
    public string? School { get; set; }

    [JsonPropertyName("channel")]
    public string? Channel { get; set; }
}

public sealed class ReplyJson
{
    [JsonPropertyName("role")]
    public string? Role { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("text")]
    public string? Text { get; set; }
}

public sealed class AttachmentJson
{
    [JsonPropertyName("kind")]
    public string? Kind { get; set; }

    [JsonPropertyName("description")]
    public string? Description { get; set; }

    [JsonPropertyName("source")]
    public string? Source { get; set; }

    [JsonPropertyName("permission")]
    public bool? Permission { get; set; }

    [JsonPropertyName("depicts")]
    public List<string>? Depicts { get; set; }

    [JsonPropertyName("unidentified_people")]
    public int UnidentifiedPeople { get; set; }

    [JsonPropertyName("logo")]
    public bool Logo { get; set; }
}
