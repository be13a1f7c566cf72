using Protocolwacht.Checks.Batch;

namespace Protocolwacht.Checks.Tests.Batch;

/// <summary>
/// <see cref="BatchFormat.ParseLine"/> reads a well-formed line in one pass and falls back to reading it as a
/// document, which names what is wrong. Both must give the same result for every line.
/// </summary>
public class BatchFormatOnePassTests
{
    [Theory]
    [InlineData("""{"id":"t-1","text":"Hallo","account":{"kind":"personal"}}""")]
    [InlineData("""{"text":"Hallo","account":{"kind":"personal"},"expected":{"verdict":"allow"},"advice":[]}""")]
    [InlineData("""{"id":null,"text":"Hallo","account":{"kind":"personal"}}""")]
    [InlineData("""{"id":7,"text":"Hallo","account":{"kind":"personal"}}""")]
    [InlineData("""{"id":"a","id":"b","text":"Hallo","account":{"kind":"personal"}}""")]
    [InlineData("""{"id":"a","id":7,"text":"Hallo","account":{"kind":"personal"}}""")]
    [InlineData("""{"id":7,"id":"a","text":"Hallo","account":{"kind":"personal"}}""")]
    [InlineData("""{"id":"x","text":"eerst","text":"laatst","account":{"kind":"personal"}}""")]
    [InlineData("""{"id":"x","text":5,"account":{"kind":"personal"}}""")]
    [InlineData("""{"id":"x","text":"a","account":{"kind":"school"}}""")]
    [InlineData("""{"id":"x","text":"a","account":{"kind":"weird"}}""")]
    [InlineData("""{"id":"x","account":{"kind":"personal"}}""")]
    [InlineData("""{"id":"x","text":"a","account":{"kind":"personal"},"attachments":[null]}""")]
    [InlineData("""{"id":"x","text":"a","account":{"kind":"personal"},"attachments":[{"source":"own","depicts":["noah.bos",null],"unidentified_people":1}]}""")]
    [InlineData("""{"id":"x","text":"a","account":{"kind":"personal"},"reply_to":{"role":"parent","name":"Ellen","text":"Hoi"}}""")]
    [InlineData("""{"id":"\ud800","text":"a","account":{"kind":"personal"}}""")]
    [InlineData("""{"id":"x","text":"\udc00 los","account":{"kind":"personal"}}""")]
    [InlineData("""{"id":"x","text":"a","account":{"kind":"personal"},}""")]
    [InlineData("""{"id":"x","text":"a","account":{"kind":"personal"}} extra""")]
    [InlineData("""{"id":"x",/* c */"text":"a","account":{"kind":"personal"}}""")]
    [InlineData("""{"ID":"x","Text":"a","account":{"kind":"personal"}}""")]
    [InlineData("null")]
    [InlineData("[1,2]")]
    [InlineData("\"tekst\"")]
    [InlineData("not json")]
    [InlineData("\uFEFF{\"id\":\"x\",\"text\":\"a\",\"account\":{\"kind\":\"personal\"}}")]
    public void ParseLine_GivesWhatTheDocumentReadingGives(string line)
    {
        var onePass = BatchFormat.ParseLine(line, 3);
        var document = BatchFormat.ParseDocument(line, 3);

        Assert.Equal(document.Id, onePass.Id);
        Assert.Equal(document.Error, onePass.Error);
        Assert.Equal(document.Request is null, onePass.Request is null);
        if (document.Request is { } expected)
        {
            var actual = onePass.Request!;
            Assert.Equal(expected.Text, actual.Text);
            Assert.Equal(expected.Account, actual.Account);
            Assert.Equal(expected.AuthorId, actual.AuthorId);
            Assert.Equal(expected.ReplyTo, actual.ReplyTo);
            Assert.Equal(expected.Attachments.Count, actual.Attachments.Count);
            for (var i = 0; i < expected.Attachments.Count; i++)
            {
                Assert.Equal(expected.Attachments[i].Depicts, actual.Attachments[i].Depicts);
                Assert.Equal(expected.Attachments[i] with { Depicts = [] }, actual.Attachments[i] with { Depicts = [] });
            }
        }
    }
}
