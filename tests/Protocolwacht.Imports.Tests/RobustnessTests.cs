using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.Extensions.Time.Testing;
using Protocolwacht.Imports.Posts;
using Protocolwacht.Imports.School;
using Protocolwacht.Imports.Staff;

namespace Protocolwacht.Imports.Tests;

/// <summary>
/// No reader throws on bad input: random bytes, sample files cut anywhere, and samples whose JSON
/// values are swapped for values of the wrong type all end in rows, each failed row with a Dutch issue.
/// </summary>
public class RobustnessTests
{
    private static readonly (string Name, string Sample, Func<Stream, IEnumerable<(bool Ok, IReadOnlyList<ImportIssue> Issues)>> Read)[] Readers =
    [
        ("x", "tweets.js", s => Rows(PostExportReader.Read(ImportPlatform.X, s, new PostReaderOptions("tweets.js")))),
        ("mastodon", "outbox.json", s => Rows(PostExportReader.Read(ImportPlatform.Mastodon, s, new PostReaderOptions("outbox.json")))),
        ("facebook", "facebook_posts_1.json", s => Rows(PostExportReader.Read(ImportPlatform.Facebook, s, new PostReaderOptions("posts.json")))),
        ("instagram", "posts_1.json", s => Rows(PostExportReader.Read(ImportPlatform.Instagram, s, new PostReaderOptions("posts_1.json")))),
        ("linkedin", "Shares.csv", s => Rows(PostExportReader.Read(ImportPlatform.LinkedIn, s, new PostReaderOptions("Shares.csv")))),
        ("csv", "posts.csv", s => Rows(PostExportReader.Read(ImportPlatform.Csv, s, new PostReaderOptions("posts.csv")))),
        ("pupils", "pupils-parnassys.csv", s => Rows(new PupilFileReader(new FakeTimeProvider()).Read(s, "leerlingen.csv"))),
        ("guardians", "ouders.csv", s => Rows(new GuardianFileReader().Read(s, "ouders.csv"))),
        ("edexml", "EDEX.XML", s => Rows(new EdexmlReader(new FakeTimeProvider()).Read(s, "EDEX.XML"))),
        ("staff", "personeel.csv", s => Rows(new StaffFileReader().Read(s, "personeel.csv"))),
    ];

    public static TheoryData<string> ReaderNames() => [.. Readers.Select(r => r.Name)];

    [Property(MaxTest = 60)]
    public bool AnyReader_RandomBytes_NeverThrowsAndEveryFailureSaysWhy(byte[] bytes, PositiveInt which)
    {
        var reader = Readers[which.Get % Readers.Length];
        return reader.Read(new MemoryStream(bytes)).All(r => r.Ok || r.Issues.Count > 0 && r.Issues.All(i => i.Message.Length > 0));
    }

    [Property(MaxTest = 100)]
    public bool AnyReader_SampleCutAnywhere_NeverThrows(PositiveInt which, NonNegativeInt cut)
    {
        var reader = Readers[which.Get % Readers.Length];
        var bytes = Samples.Bytes(reader.Sample);
        var length = cut.Get % bytes.Length;
        return reader.Read(new MemoryStream(bytes, 0, length)).All(r => r.Ok || r.Issues.Count > 0);
    }

    [Theory]
    [MemberData(nameof(ReaderNames))]
    public void Reader_SampleCutInHalf_ReportsAnIssueOrFewerRecords(string name)
    {
        var reader = Readers.Single(r => r.Name == name);
        var bytes = Samples.Bytes(reader.Sample);
        var whole = reader.Read(new MemoryStream(bytes)).Count(r => r.Ok);

        var cut = reader.Read(new MemoryStream(bytes, 0, bytes.Length / 2)).ToList();

        Assert.True(cut.Any(r => !r.Ok) || cut.Count(r => r.Ok) < whole, $"{name}: a file cut in half read as whole");
    }

    [Property(MaxTest = 150)]
    public bool JsonReaders_ValuesOfTheWrongType_GiveIssuesNotExceptions(PositiveInt which, PositiveInt position, NonNegativeInt replacement)
    {
        var reader = Readers[which.Get % 4];
        var text = Encoding.UTF8.GetString(Samples.Bytes(reader.Sample));
        string[] wrong = ["null", "12", "true", "{}", "[]", "\"tekst\"", "-1", "1e400"];
        var mutated = ReplaceValueAfterColon(text, position.Get, wrong[replacement.Get % wrong.Length]);
        return reader.Read(new MemoryStream(Encoding.UTF8.GetBytes(mutated))).All(r => r.Ok || r.Issues.Count > 0);
    }

    [Fact]
    public void JsonReaders_WrongTypeMutations_AreReportedAtLeastOnce()
    {
        var reader = Readers[0];
        var text = Encoding.UTF8.GetString(Samples.Bytes(reader.Sample));
        var mutated = text.Replace("\"created_at\" : \"Mon Apr 01 10:00:00 +0000 2024\"", "\"created_at\" : [ ]", StringComparison.Ordinal);

        var failed = reader.Read(new MemoryStream(Encoding.UTF8.GetBytes(mutated))).Where(r => !r.Ok).ToList();

        var issue = Assert.Single(Assert.Single(failed).Issues);
        Assert.Contains("moet tekst zijn, maar is een lijst", issue.Message, StringComparison.Ordinal);
    }

    /// <summary>Replaces the JSON value after the n-th ':' (outside nothing clever: a crude but effective mutation).</summary>
    private static string ReplaceValueAfterColon(string text, int n, string value)
    {
        var colons = text.Select((c, i) => (c, i)).Where(p => p.c == ':').Select(p => p.i).ToList();
        if (colons.Count == 0)
        {
            return text;
        }

        var at = colons[n % colons.Count] + 1;
        var end = at;
        var depth = 0;
        var inString = false;
        while (end < text.Length)
        {
            var c = text[end];
            if (inString)
            {
                if (c == '\\')
                {
                    end++;
                }
                else if (c == '"')
                {
                    inString = false;
                }
            }
            else if (c == '"')
            {
                inString = true;
            }
            else if (c is '{' or '[')
            {
                depth++;
            }
            else if (c is '}' or ']')
            {
                if (depth == 0)
                {
                    break;
                }

                depth--;
            }
            else if (c == ',' && depth == 0)
            {
                break;
            }

            end++;
        }

        return string.Concat(text.AsSpan(0, at), value, text.AsSpan(end));
    }

    private static IEnumerable<(bool Ok, IReadOnlyList<ImportIssue> Issues)> Rows<T>(IEnumerable<ImportRow<T>> rows)
        where T : class => rows.Select(r => (r.Value is not null, r.Issues));
}
