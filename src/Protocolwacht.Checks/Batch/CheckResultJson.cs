using System.Text.Json.Serialization;

namespace Protocolwacht.Checks.Batch;

/// <summary>The JSON shape of one output object of the batch contract; also returned by POST /api/checks.</summary>
public sealed class CheckResultJson
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("verdict")]
    public string Verdict { get; set; } = "allow";

    [JsonPropertyName("findings")]
    public List<FindingJson> Findings { get; set; } = [];

    public static CheckResultJson From(string? id, CheckResult result) => new()
    {
        Id = id,
        Verdict = result.Verdict.ToCode(),
        Findings = [.. result.Findings.Select(FindingJson.From)],
    };
}

public sealed class FindingJson
{
    [JsonPropertyName("category")]
    public string Category { get; set; } = string.Empty;

    [JsonPropertyName("severity")]
    public string Severity { get; set; } = "advice";

    [JsonPropertyName("guideline")]
    public string Guideline { get; set; } = string.Empty;

    [JsonPropertyName("start")]
    public int? Start { get; set; }

    [JsonPropertyName("end")]
    public int? End { get; set; }

    [JsonPropertyName("message")]
    public string Message { get; set; } = string.Empty;

    public static FindingJson From(Finding f) => new()
    {
        Category = f.Category,
        Severity = f.Severity.ToCode(),
        Guideline = f.Guideline,
        Start = f.Start,
        End = f.End,
        Message = f.Message,
    };
}
