namespace Protocolwacht.Cli.Rendering;

/// <summary>A corpus line that could not be evaluated, with its 1-based number and a Dutch reason that starts with "regel N:".</summary>
internal sealed record SkippedLine(int LineNumber, string Error);
