using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Protocolwacht.Morphology;

// Usage: dotnet run --project tools/Protocolwacht.Morphology -- [repository root]
// Needs Debian's hunspell-nl (/usr/share/hunspell/nl.aff, nl.dic) and ../shared/lexicons/nl-sentiment.xml.
var root = Path.GetFullPath(args.Length > 0 ? args[0] : ".");
var affPath = Environment.GetEnvironmentVariable("HUNSPELL_NL_AFF") ?? "/usr/share/hunspell/nl.aff";
var dicPath = Environment.GetEnvironmentVariable("HUNSPELL_NL_DIC") ?? "/usr/share/hunspell/nl.dic";
var sentimentPath = Path.Combine(root, "..", "shared", "lexicons", "nl-sentiment.xml");
var classFolder = Path.Combine(root, "src", "Protocolwacht.Checks", "Language", "Classes");
var outFolder = Path.Combine(root, "src", "Protocolwacht.Checks", "Language", "Data");
Directory.CreateDirectory(outFolder);

Console.WriteLine($"reading {affPath} and {dicPath} (Lucene.Net Hunspell; takes a few seconds)");
var dictionary = HunspellDictionary.Load(affPath, dicPath);

// 1. The dictionary's words, for compound analysis at run time.
var words = dictionary.Words.Select(Folding.Key).Where(w => w.Length > 1).Distinct().Order(StringComparer.Ordinal).ToList();
var header = Header(dictionary.Version);
File.WriteAllText(Path.Combine(outFolder, "words.txt"), header + "\n" + string.Join('\n', words) + "\n");
Console.WriteLine($"words.txt: {words.Count} words");

// 1b. Person names: entries the dictionary writes only with a capital and marks as names (the flag PN, which takes the
//     possessive "Sofie's"), without the flags of places (PI) and companies or works (CA), and not also written in lower
//     case ("Roos" is a flower too) or an inflection of a word ("Beste" is "best"). A sentence cannot tell "Sofie" from a
//     word by its capital at its start; this can.
var lowerCaseEntries = LowerCaseEntries(dicPath);
var names = NameEntries(dicPath, lowerCaseEntries)
    .Where(n => !dictionary.StemsOf(n.ToLowerInvariant()).Any(s => !string.Equals(s, n, StringComparison.OrdinalIgnoreCase) && lowerCaseEntries.Contains(s)))
    .Select(Folding.Key).Where(w => w.Length > 1 && w.All(ch => ch is >= 'a' and <= 'z')).Distinct().Order(StringComparer.Ordinal).ToList();
File.WriteAllText(Path.Combine(outFolder, "names.txt"), header + "\n" + string.Join('\n', names) + "\n");
Console.WriteLine($"names.txt: {names.Count} names");

// 2. Polarity of adjectives (CLiPS), averaged over senses by confidence.
var polarity = new SortedDictionary<string, (double Sum, double Weight, double Subjectivity)>(StringComparer.Ordinal);
foreach (var w in XDocument.Load(sentimentPath).Descendants("word"))
{
    var form = ((string?)w.Attribute("form") ?? string.Empty).ToLowerInvariant();
    if (form.Length == 0 || form.Contains(' ', StringComparison.Ordinal))
    {
        continue;
    }

    var p = double.Parse((string)w.Attribute("polarity")!, CultureInfo.InvariantCulture);
    var s = double.Parse((string)w.Attribute("subjectivity")!, CultureInfo.InvariantCulture);
    var c = double.Parse((string?)w.Attribute("confidence") ?? "1", CultureInfo.InvariantCulture);
    polarity.TryGetValue(form, out var acc);
    polarity[form] = (acc.Sum + (p * c), acc.Weight + c, Math.Max(acc.Subjectivity, s));
}

var polarityLines = polarity.Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key}\t{kv.Value.Sum / kv.Value.Weight:0.00}\t{kv.Value.Subjectivity:0.0}"));
File.WriteAllText(Path.Combine(outFolder, "polarity.tsv"),
    "# Dutch adjectives: polarity (-1..1, averaged over senses) and subjectivity (0..1).\n# Source: CLiPS Pattern nl-sentiment.xml (De Smedt & Daelemans, LREC 2012), PDDL.\n" + header + string.Join('\n', polarityLines) + "\n");
Console.WriteLine($"polarity.tsv: {polarity.Count} adjectives");

// 3. The inflected forms of every lemma the check names: class lemmas (with the irregular stems listed
//    beside them) and the sentiment adjectives, each candidate confirmed by the dictionary's stemmer.
var lemmas = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
foreach (var file in Directory.GetFiles(classFolder, "*.tsv").Order(StringComparer.Ordinal))
{
    foreach (var raw in File.ReadLines(file))
    {
        var line = raw.Trim();
        if (line.Length == 0 || line[0] == '#')
        {
            continue;
        }

        var parts = line.Split('\t')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var p in parts)
        {
            lemmas.TryAdd(p.ToLowerInvariant(), []);
        }
    }
}

foreach (var adjective in polarity.Keys)
{
    lemmas.TryAdd(adjective, []);
}

var done = 0;
foreach (var lemma in lemmas.Keys.ToList())
{
    lemmas[lemma] = dictionary.FormsOf(lemma);
    if (++done % 1000 == 0)
    {
        Console.WriteLine($"  {done}/{lemmas.Count} lemmas");
    }
}

// A lemma the dictionary does not know is left out: the check inflects it by spelling rules instead.
var known = words.ToHashSet(StringComparer.Ordinal);
var formLines = lemmas.Where(kv => kv.Value.Count > 0 || known.Contains(Folding.Key(kv.Key))).Select(kv => $"{kv.Key}\t{string.Join(' ', kv.Value)}");
File.WriteAllText(Path.Combine(outFolder, "forms.tsv"),
    "# Inflected forms of the lemmas the check names (word classes, sentiment adjectives), confirmed by\n# the Hunspell stemmer: lemma<TAB>forms.\n" + header + string.Join('\n', formLines) + "\n");
Console.WriteLine($"forms.tsv: {lemmas.Count} lemmas");
// The word classes' ready-made table is expanded from these files by the Checks assembly built with them, so a tool of its own.
Console.WriteLine("now run: dotnet run --project tools/Protocolwacht.WordClassTable -c Release -- .");

static HashSet<string> LowerCaseEntries(string dicPath) =>
    File.ReadLines(dicPath).Skip(1).Select(l => l.Split('/')[0].Trim()).Where(w => w.Length > 0 && !char.IsUpper(w[0])).ToHashSet(StringComparer.Ordinal);

static IEnumerable<string> NameEntries(string dicPath, HashSet<string> lowerCase)
{
    var capitalised = new List<(string Word, string Flags)>();
    foreach (var line in File.ReadLines(dicPath).Skip(1))
    {
        var slash = line.IndexOf('/', StringComparison.Ordinal);
        var word = (slash < 0 ? line : line[..slash]).Trim();
        var flags = slash < 0 ? string.Empty : line[(slash + 1)..].Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
        if (word.Length == 0)
        {
            continue;
        }

        if (char.IsUpper(word[0]))
        {
            capitalised.Add((word, flags));
        }
    }

    // FLAG long: every flag is two characters.
    static bool HasFlag(string flags, string flag)
    {
        for (var i = 0; i + 1 < flags.Length; i += 2)
        {
            if (flags[i] == flag[0] && flags[i + 1] == flag[1])
            {
                return true;
            }
        }

        return false;
    }

    return capitalised
        .Where(e => HasFlag(e.Flags, "PN") && !HasFlag(e.Flags, "PI") && !HasFlag(e.Flags, "CA") && e.Word.Skip(1).All(char.IsLower)
            && !lowerCase.Contains(e.Word.ToLowerInvariant()))
        .Select(e => e.Word);
}

static string Header(string version)
{
    var b = new StringBuilder();
    b.Append("# Generated by tools/Protocolwacht.Morphology from OpenTaal's Dutch Hunspell dictionary ");
    b.Append(version);
    b.Append(" (Debian hunspell-nl; BSD-3-Clause or CC BY 3.0, OpenTaal). Do not edit by hand.\n");
    return b.ToString();
}
