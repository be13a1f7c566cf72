using System.Text.Json;
using Protocolwacht.Checks.Batch;

namespace Protocolwacht.Checks.Tests.Batch;

public class BatchFormatTests
{
    private const string Line = """{"id":"t-1","text":"Wat een kutdag","account":{"kind":"school","school":"regenboog","channel":"x"},"author":"tom.hendriks","reply_to":{"role":"parent","name":"Ellen Bos","text":"Hoi"},"attachments":[{"kind":"image","description":"foto","source":"third-party","permission":null,"depicts":["noah.bos"],"unidentified_people":2,"logo":true}],"expected":{"verdict":"block"}}""";

    [Fact]
    public void ParseLine_FullSpecObject_GivesRequest()
    {
        var parsed = BatchFormat.ParseLine(Line, 1);

        Assert.True(parsed.IsValid);
        Assert.Equal("t-1", parsed.Id);
        var request = parsed.Request!;
        Assert.Equal(ReplyRole.Parent, request.ReplyTo!.Role);
        var attachment = Assert.Single(request.Attachments);
        Assert.Equal(AttachmentSource.ThirdParty, attachment.Source);
        Assert.Null(attachment.Permission);
        Assert.Equal(2, attachment.UnidentifiedPeople);
        Assert.True(attachment.Logo);
        Assert.Equal(["noah.bos"], attachment.Depicts);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("{\"id\":\"x\"}")]
    [InlineData("{\"id\":\"x\",\"text\":\"a\",\"account\":{\"kind\":\"weird\"}}")]
    [InlineData("{\"id\":\"x\",\"text\":\"a\",\"account\":{\"kind\":\"school\"}}")]
    [InlineData("{\"id\":\"x\",\"text\":\"a\",\"account\":{\"kind\":\"personal\"},\"attachments\":[{\"source\":\"stolen\"}]}")]
    [InlineData("{\"id\":\"x\",\"text\":5,\"account\":{\"kind\":\"personal\"}}")]
    [InlineData("")]
    public void ParseLine_MalformedLine_GivesErrorWithLineNumber(string line)
    {
        var parsed = BatchFormat.ParseLine(line, 7);

        Assert.False(parsed.IsValid);
        Assert.StartsWith("regel 7", parsed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteResult_ProducesSpecShape()
    {
        var result = TestChecker.Instance.Check(BatchFormat.ParseLine(Line, 1).Request!);

        var json = BatchFormat.WriteResult("t-1", result);

        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal(["id", "verdict", "findings"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("t-1", root.GetProperty("id").GetString());
        Assert.Equal("block", root.GetProperty("verdict").GetString());
        var finding = root.GetProperty("findings")[0];
        Assert.Equal(["category", "severity", "guideline", "start", "end", "message"], finding.EnumerateObject().Select(p => p.Name));
        Assert.DoesNotContain('\n', json);
    }

    [Fact]
    public void WriteResult_NullSpan_IsJsonNull()
    {
        var json = BatchFormat.WriteResult(null, new CheckResult(Verdict.Doubt, [new Finding("quote", Severity.Doubt, "DONT6", null, null, "Bericht met é")]));

        Assert.Equal("""{"id":null,"verdict":"doubt","findings":[{"category":"quote","severity":"doubt","guideline":"DONT6","start":null,"end":null,"message":"Bericht met é"}]}""", json);
    }

    [Fact]
    public void WriteError_NamesLine()
    {
        var json = BatchFormat.WriteError("x", 3, "regel 3: geen geldige JSON");

        Assert.Equal("""{"id":"x","line":3,"error":"regel 3: geen geldige JSON"}""", json);
    }

    [Fact]
    public void CheckResultJson_From_MirrorsResult()
    {
        var dto = CheckResultJson.From("a", new CheckResult(Verdict.Block, [new Finding("profanity", Severity.Block, "DONT2", 1, 4, "m")]));

        Assert.Equal("block", dto.Verdict);
        Assert.Equal("profanity", Assert.Single(dto.Findings).Category);
        Assert.Equal(1, dto.Findings[0].Start);
    }
}
