using System.Text.Json;

namespace Protocolwacht.Imports.Json;

/// <summary>
/// One element of the streamed array (with its index, JSON path and the line it starts on), or the
/// issue that ended the stream. <see cref="Element"/> is valid only until the next element is read.
/// </summary>
internal readonly record struct JsonArrayEntry(int Index, int Line, string Path, JsonElement Element, ImportIssue? Issue);
