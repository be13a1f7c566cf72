using System.Xml;
using System.Xml.Linq;
using Protocolwacht.Imports.Time;
using Protocolwacht.Imports.Xml;

namespace Protocolwacht.Imports.School;

/// <summary>
/// Reads pupils from an EDEXML file (Edustandaard's XML for pupil data; ParnasSys and ESIS export it
/// as EDEX.XML). Follows EDEXML 2.1 (<c>EDEXML.structuur.xsd</c>): <c>EDEX/school/brincode</c>, the
/// <c>groepen</c> (whose names the pupils' <c>groep key</c> points to), then <c>leerlingen/leerling</c>
/// with <c>key</c> (the pupil number), <c>achternaam</c>, <c>voorvoegsel</c>, <c>roepnaam</c> (or the
/// first of <c>voornamen</c>), <c>geboortedatum</c>, <c>instroomdatum</c>, <c>uitstroomdatum</c>.
/// EDEXML has no parents; a parents' file can be joined with <see cref="PupilGuardians"/>.
/// Streams: one pupil element at a time. No DTDs or external entities are processed.
/// </summary>
public sealed class EdexmlReader(TimeProvider time)
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
    };

    public IEnumerable<ImportRow<ImportedPupil>> Read(Stream stream, string fileName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), LocalTime.Amsterdam).DateTime);
        using var reader = XmlReader.Create(stream, Settings);
        var state = new EdexmlState(fileName, today);
        while (true)
        {
            ImportRow<ImportedPupil>? row;
            var finished = false;
            try
            {
                row = state.Next(reader, out finished);
            }
            catch (XmlException ex)
            {
                // An empty file has no position (line 0); the contract's lines start at 1.
                row = ImportRow<ImportedPupil>.Failed(new ImportIssue(fileName, Math.Max(1, ex.LineNumber), ex.LinePosition > 0 ? ex.LinePosition : null, null,
                    XmlProblem.Describe(ex)));
                finished = true;
                state.MarkBroken();
            }

            if (row is not null)
            {
                yield return row;
            }

            if (finished)
            {
                break;
            }
        }

        if (!state.SawRoot)
        {
            yield return ImportRow<ImportedPupil>.Failed(new ImportIssue(fileName, 1, null, "EDEX", "Dit is geen EDEXML-bestand: het hoofdelement moet <EDEX> zijn."));
        }
    }

    private sealed class EdexmlState(string fileName, DateOnly today)
    {
        private readonly Dictionary<string, string> _groups = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _seen = new(StringComparer.OrdinalIgnoreCase);
        private string? _brin;
        private int _index;

        public bool SawRoot { get; private set; }

        /// <summary>After broken XML the file's one issue says enough; no second "not EDEXML" issue.</summary>
        public void MarkBroken() => SawRoot = true;

        public ImportRow<ImportedPupil>? Next(XmlReader reader, out bool finished)
        {
            finished = false;
            while (reader.NodeType != XmlNodeType.Element)
            {
                if (!reader.Read())
                {
                    finished = true;
                    return null;
                }
            }

            var line = (reader as IXmlLineInfo)?.LineNumber ?? 0;
            switch (reader.LocalName)
            {
                case "EDEX" when reader.Depth == 0:
                    SawRoot = true;
                    reader.Read();
                    return null;
                case "school" when reader.Depth == 1:
                    var school = (XElement)XNode.ReadFrom(reader);
                    _brin = school.Element("brincode")?.Value.Trim().ToUpperInvariant();
                    return null;
                case "groep" or "samengestelde_groep" when reader.Depth == 2:
                    var group = (XElement)XNode.ReadFrom(reader);
                    if (group.Attribute("key")?.Value is { } key && group.Element("naam")?.Value is { } name)
                    {
                        _groups[key] = name.Trim();
                    }

                    return null;
                case "leerling" when reader.Depth == 2:
                    return ReadPupil((XElement)XNode.ReadFrom(reader), line);
                case "leerkrachten" or "vestigingen" when reader.Depth == 1:
                    reader.Skip();
                    return null;
                default:
                    if (reader.Depth == 0)
                    {
                        finished = true;
                        return null;
                    }

                    reader.Read();
                    return null;
            }
        }

        private ImportRow<ImportedPupil> ReadPupil(XElement pupil, int line)
        {
            var path = $"EDEX/leerlingen/leerling[{++_index}]";
            var issues = new List<ImportIssue>();
            void Error(string element, string message) => issues.Add(new ImportIssue(fileName, line, null, $"{path}/{element}", message));
            string? Text(string element) => pupil.Element(element)?.Value.Trim() is { Length: > 0 } text ? text : null;
            DateOnly? Date(string element)
            {
                if (Text(element) is not { } text)
                {
                    return null;
                }

                if (DateOnly.TryParseExact(text, "yyyy-MM-dd", out var date))
                {
                    return date;
                }

                Error(element, $"Onbekende datum '{text}': EDEXML schrijft datums als 2024-03-31.");
                return null;
            }

            var number = pupil.Attribute("key")?.Value.Trim();
            if (string.IsNullOrEmpty(number))
            {
                Error("@key", "Het leerlingnummer (attribuut key) ontbreekt.");
            }
            else if (!_seen.TryAdd(number, line))
            {
                Error("@key", $"Leerlingnummer {number} staat ook al op regel {_seen[number]}.");
            }

            var last = Text("achternaam");
            if (last is null)
            {
                Error("achternaam", "De achternaam ontbreekt.");
            }

            var first = Text("roepnaam") ?? Text("voornamen")?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0] ?? Text("voorletters-1");
            if (first is null)
            {
                Error("roepnaam", "De roepnaam ontbreekt (en er zijn geen voornamen of voorletters).");
            }

            var groupKey = pupil.Element("groep")?.Attribute("key")?.Value;
            var group = groupKey is not null && _groups.TryGetValue(groupKey, out var groupName) ? groupName : Text("jaargroep");
            var entry = Date("instroomdatum");
            var leaving = Date("uitstroomdatum");
            var born = Date("geboortedatum");
            if (entry is { } e && leaving is { } l && l < e)
            {
                Error("uitstroomdatum", "De uitstroomdatum ligt vóór de instroomdatum.");
            }

            if (issues.Count > 0)
            {
                return ImportRow<ImportedPupil>.Failed(line, issues);
            }

            return ImportRow<ImportedPupil>.Ok(line, new ImportedPupil(number!, first!, Text("voorvoegsel"), last!, group, _brin,
                entry, leaving, born is null ? null : AgeCheck.IsSixteenOrOver(born.Value, today), []));
        }
    }
}
