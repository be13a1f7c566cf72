using Protocolwacht.Checks.Batch;

namespace Protocolwacht.Checks.Tests.Batch;

/// <summary>
/// Lines a mutation run or a fuzzer produced (issue #16): each must come back as an error naming its
/// line number, never as an exception that stops the batch.
/// </summary>
public class BatchFormatHostileInputTests
{
    private const string Account = "\"account\":{\"kind\":\"personal\"}";

    public static TheoryData<string, string> UnreadableLines => new()
    {
        // The crash of 2026-12-02: an escaped lone surrogate is valid JSON but no valid string.
        { "lone high surrogate in text", $$$"""{"id":"a","text":"\ud800",{{{Account}}}}""" },
        { "lone low surrogate in text", $$$"""{"id":"a","text":"x\udc00y",{{{Account}}}}""" },
        { "reversed surrogate pair in text", $$$"""{"id":"a","text":"\udc00\ud800",{{{Account}}}}""" },
        { "lone surrogate in id", $$$"""{"id":"\ud800","text":"hoi",{{{Account}}}}""" },
        { "lone surrogate in a property name (found by the short fuzz pass)", $$$"""{"id":"a","text":"hoi",{{{Account}}},"\udc00author":"x"}""" },
        { "lone surrogate in the id's property name", $$$"""{"\ud800id":"a","text":"hoi",{{{Account}}}}""" },
        { "lone surrogate in account.kind", """{"id":"a","text":"hoi","account":{"kind":"\ud800"}}""" },
        { "lone surrogate in account.school", """{"id":"a","text":"hoi","account":{"kind":"school","school":"\udbff"}}""" },
        { "lone surrogate in reply_to.role", $$$"""{"id":"a","text":"hoi",{{{Account}}},"reply_to":{"role":"\ud800"}}""" },
        { "lone surrogate in depicts", $$$"""{"id":"a","text":"hoi",{{{Account}}},"attachments":[{"depicts":["\ud800"]}]}""" },
        { "deep nesting in an unknown field", $$$"""{"id":"a","text":"hoi",{{{Account}}},"extra":{{{new string('[', 200)}}}{{{new string(']', 200)}}}}""" },
        { "deep nesting as the whole line", new string('[', 100_000) },
        { "number too large for int", $$$"""{"id":"a","text":"hoi",{{{Account}}},"attachments":[{"unidentified_people":99999999999999999999}]}""" },
        { "number with a huge exponent", $$$"""{"id":"a","text":"hoi",{{{Account}}},"attachments":[{"unidentified_people":1e400}]}""" },
        { "fraction where an int belongs", $$$"""{"id":"a","text":"hoi",{{{Account}}},"attachments":[{"unidentified_people":1.5}]}""" },
        { "text as an object", $$$"""{"id":"a","text":{"x":1},{{{Account}}}}""" },
        { "account as a list", """{"id":"a","text":"hoi","account":[]}""" },
        { "attachments as a string", $$$"""{"id":"a","text":"hoi",{{{Account}}},"attachments":"foto"}""" },
        { "permission as a string", $$$"""{"id":"a","text":"hoi",{{{Account}}},"attachments":[{"permission":"ja"}]}""" },
        { "logo as a number", $$$"""{"id":"a","text":"hoi",{{{Account}}},"attachments":[{"logo":1}]}""" },
        { "depicts as a number", $$$"""{"id":"a","text":"hoi",{{{Account}}},"attachments":[{"depicts":5}]}""" },
        { "id as an object", $$$"""{"id":{"a":1},"text":"hoi",{{{Account}}}}""" },
        { "the UTF-8 replacement character where bytes were invalid", "{\"id\":\"a\",\"text\":\"hoi\"\uFFFD\uFFFD}" },
        { "a NUL byte outside a string", "{\"id\":\"a\",\0\"text\":\"hoi\"}" },
        { "a control character inside a string", $$$"""{"id":"a","text":"{{{'\u0001'}}}",{{{Account}}}}""" },
        { "a line cut in an escape", """{"id":"a","text":"\u12""" },
        { "null as the whole line", "null" },
        { "two objects on one line", $$$"""{"id":"a","text":"hoi",{{{Account}}}} {}""" },
    };

    [Theory]
    [MemberData(nameof(UnreadableLines))]
    public void ParseLine_UnreadableLine_GivesErrorNamingTheLine(string what, string line)
    {
        var parsed = BatchFormat.ParseLine(line, 1908);

        Assert.False(parsed.IsValid, what);
        Assert.StartsWith("regel 1908: ", parsed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseLine_LoneSurrogateInText_SaysWhatIsWrong()
    {
        var parsed = BatchFormat.ParseLine($$$"""{"id":"p-7","text":"\ud800",{{{Account}}}}""", 3);

        Assert.Equal("p-7", parsed.Id);
        Assert.Contains("surrogaat", parsed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseLine_LoneSurrogateInId_KeepsNoIdButStillAnswers()
    {
        var parsed = BatchFormat.ParseLine($$$"""{"id":"\ud800","text":"hoi",{{{Account}}}}""", 4);

        Assert.Null(parsed.Id);
        Assert.StartsWith("regel 4: ", parsed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseLine_UnpairedSurrogateCharacterInTheLine_GivesErrorNamingTheLine()
    {
        // Not from a file (UTF-8 cannot hold one) but from a caller's string, such as a web request's.
        var parsed = BatchFormat.ParseLine($$$"""{"id":"a","text":"x{{{'\uD800'}}}y",{{{Account}}}}""", 5);

        Assert.False(parsed.IsValid);
        Assert.StartsWith("regel 5: ", parsed.Error, StringComparison.Ordinal);
        Assert.Contains("surrogaat", parsed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseLine_ValidSurrogatePairEscape_IsAccepted()
    {
        // Shows the surrogate cases above fail for the lone half, not for escapes as such.
        var parsed = BatchFormat.ParseLine($$$"""{"id":"a","text":"\ud83d\ude00 feest",{{{Account}}}}""", 1);

        Assert.True(parsed.IsValid, parsed.Error);
        Assert.Equal("😀 feest", parsed.Request!.Text);
    }

    [Fact]
    public void WriteError_ForEveryUnreadableLine_IsOneLineOfValidJson()
    {
        foreach (var row in UnreadableLines)
        {
            var line = (string)row[1];
            var parsed = BatchFormat.ParseLine(line, 2);

            var json = BatchFormat.WriteError(parsed.Id, 2, parsed.Error!);

            Assert.DoesNotContain('\n', json);
            using var document = System.Text.Json.JsonDocument.Parse(json);
            Assert.Equal(2, document.RootElement.GetProperty("line").GetInt32());
        }
    }
}
