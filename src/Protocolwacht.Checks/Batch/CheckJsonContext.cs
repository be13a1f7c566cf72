using System.Text.Json.Serialization;

namespace Protocolwacht.Checks.Batch;

/// <summary>Source-generated serialisation for the batch DTOs (no reflection at run time, fast start).</summary>
[JsonSerializable(typeof(CheckRequestJson))]
[JsonSerializable(typeof(CheckResultJson))]
public sealed partial class CheckJsonContext : JsonSerializerContext;
