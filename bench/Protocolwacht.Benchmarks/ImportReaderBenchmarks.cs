using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Protocolwacht.Imports;
using Protocolwacht.Imports.Posts;
using Protocolwacht.Imports.School;
using Protocolwacht.Imports.Staff;

namespace Protocolwacht.Benchmarks;

/// <summary>
/// The import readers at the sizes the issues name: 100,000 posts of an X archive and of a Mastodon
/// outbox (the 60 s import budget of issue 13 includes the check; this is the reading share), and a
/// board of 3,000 pupils with 6,000 parents plus 300 staff read and collected for a preview (issue 15,
/// under 10 s). The files are generated in the exports' own formats, in memory.
/// </summary>
[MemoryDiagnoser]
public class ImportReaderBenchmarks
{
    private const int Posts = 100_000;
    private byte[] _tweets = [];
    private byte[] _outbox = [];
    private byte[] _pupils = [];
    private byte[] _staff = [];

    [GlobalSetup]
    public void Setup()
    {
        _tweets = Tweets();
        _outbox = Outbox();
        _pupils = Pupils();
        _staff = Staff();
    }

    [Benchmark]
    public int XArchive100k() => Count(PostExportReader.Read(ImportPlatform.X, new MemoryStream(_tweets), new PostReaderOptions("tweets.js") { OwnHandle = "RegenboogEsveld" }));

    [Benchmark]
    public int MastodonOutbox100k() => Count(PostExportReader.Read(ImportPlatform.Mastodon, new MemoryStream(_outbox), new PostReaderOptions("outbox.json")));

    [Benchmark]
    public int BoardPupilsParentsAndStaff()
    {
        var pupils = new PupilFileReader(TimeProvider.System).Read(new MemoryStream(_pupils), "leerlingen.csv").Collect();
        var staff = new StaffFileReader().Read(new MemoryStream(_staff), "personeel.csv").Collect();
        if (!pupils.IsClean || !staff.IsClean)
        {
            throw new InvalidOperationException("The generated board files should read without issues.");
        }

        return pupils.Values.Count + pupils.Values.Sum(p => p.Guardians.Count) + staff.Values.Count;
    }

    private static int Count<T>(IEnumerable<ImportRow<T>> rows)
        where T : class
    {
        var ok = 0;
        foreach (var row in rows)
        {
            ok += row.Value is null ? throw new InvalidOperationException(row.Issues[0].ToString()) : 1;
        }

        return ok;
    }

    private static byte[] Tweets()
    {
        var text = new StringBuilder("window.YTD.tweets.part0 = [\n");
        var start = new DateTimeOffset(2014, 1, 1, 8, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < Posts; i++)
        {
            var created = start.AddMinutes(i * 37).ToString("ddd MMM dd HH:mm:ss +0000 yyyy", CultureInfo.InvariantCulture);
            var reply = i % 5 == 0 ? $"\"in_reply_to_status_id_str\" : \"{i - 1}\", \"in_reply_to_screen_name\" : \"RegenboogEsveld\"," : string.Empty;
            text.Append(i == 0 ? string.Empty : ",\n").Append(CultureInfo.InvariantCulture, $$"""
                  {
                    "tweet" : {
                      "retweeted" : false,
                      "entities" : { "hashtags" : [ ], "symbols" : [ ], "user_mentions" : [ ],
                        "urls" : [ { "url" : "https://t.co/x{{i}}", "expanded_url" : "https://www.regenboog-esveld.nl/nieuws/{{i}}", "display_url" : "regenboog-esveld.nl/nieuws", "indices" : [ "80", "103" ] } ] },
                      "favorite_count" : "3", {{reply}}
                      "id_str" : "{{i}}",
                      "id" : "{{i}}",
                      "created_at" : "{{created}}",
                      "full_text" : "Groep {{i % 8 + 1}} ging vandaag naar de kinderboerderij &amp; maakte tekeningen van de geitjes 🐐 https://t.co/x{{i}}",
                      "lang" : "nl"
                    }
                  }
                """);
        }

        return Encoding.UTF8.GetBytes(text.Append("\n]").ToString());
    }

    private static byte[] Outbox()
    {
        const string actor = "https://mastodon.example/users/regenboog";
        var text = new StringBuilder("""{"@context":"https://www.w3.org/ns/activitystreams","id":"outbox.json","type":"OrderedCollection","totalItems":100000,"orderedItems":[""");
        var start = new DateTimeOffset(2018, 1, 1, 8, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < Posts; i++)
        {
            var published = start.AddMinutes(i * 17).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            text.Append(i == 0 ? string.Empty : ",").Append(CultureInfo.InvariantCulture,
                $$$"""{"id":"{{{actor}}}/statuses/{{{i}}}/activity","type":"Create","actor":"{{{actor}}}","published":"{{{published}}}","object":{"id":"{{{actor}}}/statuses/{{{i}}}","type":"Note","summary":null,"inReplyTo":null,"published":"{{{published}}}","url":"https://mastodon.example/@regenboog/{{{i}}}","content":"<p>Groep {{{i % 8 + 1}}} zingt vanmiddag in de aula &amp; iedereen is welkom!</p><p>Tot dan,<br>team De Regenboog</p>","attachment":[{"type":"Document","mediaType":"image/jpeg","url":"media_attachments/files/{{{i}}}/original/foto.jpg","name":"Kinderen zingen in de aula"}]}}""");
        }

        return Encoding.UTF8.GetBytes(text.Append("]}").ToString());
    }

    private static byte[] Pupils()
    {
        var text = new StringBuilder("Leerlingnummer;Roepnaam;Tussenvoegsel;Achternaam;Groep;BRIN;Datum inschrijving;Geboortedatum;Naam verzorger 1;Relatie verzorger 1;E-mail verzorger 1;Naam verzorger 2;Relatie verzorger 2;E-mail verzorger 2\r\n");
        for (var i = 0; i < 3000; i++)
        {
            var school = $"{10 + (i % 10)}AB";
            text.Append(CultureInfo.InvariantCulture,
                $"{100000 + i};Kind{i};{(i % 3 == 0 ? "van der" : string.Empty)};Achternaam{i};Groep {i % 8 + 1};{school};20-08-20{15 + (i % 8)};{1 + (i % 28)}-{1 + (i % 12)}-20{10 + (i % 8)};Ouder A{i};Moeder;ouder.a{i}@example.nl;Ouder B{i};Vader;ouder.b{i}@example.nl\r\n");
        }

        return TextEncodingWindows1252(text.ToString());
    }

    private static byte[] Staff()
    {
        var text = new StringBuilder("Personeelsnummer;Naam;School;Functie;Leidinggevende;E-mail werk\r\nbestuur;Bestuurder Konot;;Bestuurder;;bestuur@konot.nl\r\n");
        for (var i = 1; i < 300; i++)
        {
            var director = i < 10;
            text.Append(CultureInfo.InvariantCulture,
                $"m{i};Medewerker {i};{10 + (i % 10)}AB;{(director ? "Directeur" : "Groepsleerkracht")};{(director ? "bestuur" : $"m{1 + (i % 9)}")};m{i}@konot.nl\r\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static byte[] TextEncodingWindows1252(string text) => Imports.Text.TextFileDecoder.Windows1252.GetBytes(text);
}
