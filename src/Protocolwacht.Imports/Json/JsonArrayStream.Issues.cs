using System.Globalization;
using System.Text.Json;
using Protocolwacht.Domain.Json;

namespace Protocolwacht.Imports.Json;

// How the stream says where a file broke: the Dutch issue with file, line, column and JSON path.
internal sealed partial class JsonArrayStream
{
    private ImportIssue CutShort() =>
        Issue(CurrentLine(_end), PathHere(), "Het bestand houdt onverwacht op: het is afgekapt of niet helemaal gedownload.");

    private ImportIssue SyntaxIssue(JsonException ex)
    {
        var line = (int)(ex.LineNumber ?? 0) + 1 + _prefixLines;
        var column = (int)(ex.BytePositionInLine ?? 0) + 1;
        return new ImportIssue(_source.FileName, line, column, PathHere(), JsonProblem.Describe(ex));
    }

    // Before the first record there is no path worth saying ("$", the whole file, said nothing the line does not): the
    // issue then names the file, line and column only, instead of "tweets.js, regel 2, kolom 1 ($): …".
    private string? PathHere() => _phase == Phase.Elements || _index > 0
        ? string.Create(CultureInfo.InvariantCulture, $"{_source.ArrayPath(_arrayProperty)}[{_index}]")
        : null;

    private ImportIssue Issue(int line, string? path, string message) => new(_source.FileName, line, null, path, message);
}
