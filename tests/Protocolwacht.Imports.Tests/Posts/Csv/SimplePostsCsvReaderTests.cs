using System.Text;
using Protocolwacht.Imports.Posts;
using Protocolwacht.Imports.Posts.Csv;
using Protocolwacht.Imports.Text;

namespace Protocolwacht.Imports.Tests.Posts.Csv;

public class SimplePostsCsvReaderTests
{
    private static ImportResult<ImportedPost> Read(Stream stream) => SimplePostsCsvReader.Read(stream, new PostReaderOptions("posts.csv")).Collect();

    [Fact]
    public void Read_LocalTimes_AreDutchTimeWithSummerTimeApplied()
    {
        var result = Read(Samples.Open("posts.csv"));

        var posts = result.Values;
        Assert.Equal(new DateTimeOffset(2024, 3, 31, 0, 30, 0, TimeSpan.Zero), posts[0].CreatedAt); // winter time, +01:00
        Assert.Equal(new DateTimeOffset(2024, 3, 31, 1, 30, 0, TimeSpan.Zero), posts[1].CreatedAt); // summer time, +02:00
        Assert.Equal(new DateTimeOffset(2024, 10, 27, 0, 30, 0, TimeSpan.Zero), posts[2].CreatedAt); // the first 02:30 (summer time)
    }

    [Fact]
    public void Read_OffsetsAndQuotedMultiLineText_AreTakenAsWritten()
    {
        var posts = Read(Samples.Open("posts.csv")).Values;

        Assert.Equal(new DateTimeOffset(2024, 6, 1, 8, 0, 0, TimeSpan.Zero), posts[3].CreatedAt);
        Assert.Equal("Open dag met \"rondleiding\"\nen koffie", posts[3].Text);
        Assert.Null(posts[3].Url);
        Assert.StartsWith("csv-", posts[3].PlatformId, StringComparison.Ordinal);
        Assert.Equal("https://www.konot.nl/p/5", posts[4].PlatformId);
        Assert.Equal(string.Empty, posts[4].Text);
        Assert.Equal("Nog net wintertijd; straks een uur minder slaap", posts[0].Text);
    }

    [Fact]
    public void Read_TimeThatDoesNotExist_IsAnIssueNotAGuess()
    {
        var result = Read(Samples.FromText("date,text,url\n2024-03-31 02:30,Bestaat niet,\n"));

        var issue = Assert.Single(result.Issues);
        Assert.Empty(result.Values);
        Assert.Contains("bestaat niet in tijdzone Europe/Amsterdam", issue.Message, StringComparison.Ordinal);
        Assert.Equal((2, 1), (issue.Line!.Value, issue.Column!.Value));
    }

    [Fact]
    public void Read_Windows1252File_KeepsItsAccents()
    {
        var bytes = TextFileDecoder.Windows1252.GetBytes("datum;tekst;url\n2024-05-01 10:00;Café in de aula, één keer per maand;\n");

        var post = Assert.Single(Read(new MemoryStream(bytes)).Values);

        Assert.Equal("Café in de aula, één keer per maand", post.Text);
    }

    [Fact]
    public void Read_MissingHeader_SaysWhatTheFirstLineMustBe()
    {
        var issue = Assert.Single(Read(Samples.FromText("2024-01-01,hallo,\n", Encoding.UTF8)).Issues);

        Assert.Contains("date,text,url", issue.Message, StringComparison.Ordinal);
    }
}
