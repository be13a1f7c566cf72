using Protocolwacht.Checks.Batch;

namespace Protocolwacht.Checks.Tests.Batch;

/// <summary>
/// A field of a batch line with a value of the wrong JSON type is named, with what it must be and what it is. Until
/// 2026-12-04 <c>"text": 42</c> was reported as a lone UTF-16 surrogate: the serialiser throws the same inner exception
/// for both.
/// </summary>
public class BatchFormatWrongTypeTests
{
    private const string Account = "\"account\":{\"kind\":\"personal\"}";

    [Theory]
    [InlineData($$$"""{"id":"a","text":42,{{{Account}}}}""", "'text' moet een tekenreeks (tekst tussen aanhalingstekens) zijn, geen getal")]
    [InlineData($$$"""{"id":"a","text":true,{{{Account}}}}""", "'text' moet een tekenreeks (tekst tussen aanhalingstekens) zijn, geen true of false")]
    [InlineData($$$"""{"id":"a","text":["hoi"],{{{Account}}}}""", "'text' moet een tekenreeks (tekst tussen aanhalingstekens) zijn, geen lijst")]
    [InlineData($$$"""{"id":"a","text":{"x":1},{{{Account}}}}""", "'text' moet een tekenreeks (tekst tussen aanhalingstekens) zijn, geen object")]
    [InlineData($$$"""{"id":"a","text":"hoi",{{{Account}}},"author":7}""", "'author' moet een tekenreeks (tekst tussen aanhalingstekens) zijn, geen getal")]
    [InlineData("""{"id":"a","text":"hoi","account":"personal"}""", "'account' moet een object {...} zijn, geen tekenreeks")]
    [InlineData("""{"id":"a","text":"hoi","account":[]}""", "'account' moet een object {...} zijn, geen lijst")]
    [InlineData("""{"id":"a","text":"hoi","account":{"kind":1}}""", "'account.kind' moet een tekenreeks (tekst tussen aanhalingstekens) zijn, geen getal")]
    [InlineData("""{"id":"a","text":"hoi","account":{"kind":"school","school":false}}""", "'account.school' moet een tekenreeks (tekst tussen aanhalingstekens) zijn, geen true of false")]
    [InlineData("""{"id":"a","text":"hoi","account":{"kind":"personal","channel":{}}}""", "'account.channel' moet een tekenreeks (tekst tussen aanhalingstekens) zijn, geen object")]
    [InlineData($$$"""{"id":"a","text":"hoi",{{{Account}}},"reply_to":"ouder"}""", "'reply_to' moet een object {...} zijn, geen tekenreeks")]
    [InlineData($$$"""{"id":"a","text":"hoi",{{{Account}}},"reply_to":{"role":"parent","text":3}}""", "'reply_to.text' moet een tekenreeks (tekst tussen aanhalingstekens) zijn, geen getal")]
    [InlineData($$$"""{"id":"a","text":"hoi",{{{Account}}},"attachments":"foto"}""", "'attachments' moet een lijst [...] van objecten zijn, geen tekenreeks")]
    [InlineData($$$"""{"id":"a","text":"hoi",{{{Account}}},"attachments":[{},"foto"]}""", "'attachments[1]' moet een object {...} zijn, geen tekenreeks")]
    [InlineData($$$"""{"id":"a","text":"hoi",{{{Account}}},"attachments":[{"permission":"ja"}]}""", "'attachments[0].permission' moet true of false zijn, geen tekenreeks")]
    [InlineData($$$"""{"id":"a","text":"hoi",{{{Account}}},"attachments":[{"logo":1}]}""", "'attachments[0].logo' moet true of false zijn, geen getal")]
    [InlineData($$$"""{"id":"a","text":"hoi",{{{Account}}},"attachments":[{"logo":null}]}""", "'attachments[0].logo' moet true of false zijn, geen null")]
    [InlineData($$$"""{"id":"a","text":"hoi",{{{Account}}},"attachments":[{"depicts":5}]}""", "'attachments[0].depicts' moet een lijst [...] van tekenreeksen zijn, geen getal")]
    [InlineData($$$"""{"id":"a","text":"hoi",{{{Account}}},"attachments":[{"depicts":["noah.bos",5]}]}""", "'attachments[0].depicts[1]' moet een tekenreeks (tekst tussen aanhalingstekens) zijn, geen getal")]
    [InlineData($$$"""{"id":"a","text":"hoi",{{{Account}}},"attachments":[{"unidentified_people":"twee"}]}""", "'attachments[0].unidentified_people' moet een geheel getal zijn, geen tekenreeks")]
    [InlineData($$$"""{"id":"a","text":"hoi",{{{Account}}},"attachments":[{"unidentified_people":1.5}]}""", "'attachments[0].unidentified_people' moet een geheel getal zijn, niet 1.5")]
    [InlineData($$$"""{"id":"a","text":"hoi",{{{Account}}},"attachments":[{"unidentified_people":99999999999999999999999999}]}""", "'attachments[0].unidentified_people' moet een geheel getal zijn, niet 999999999999999999999...")]
    [InlineData($$$"""{"id":"a","text":"hoi",{{{Account}}},"attachments":[{"kind":["image"]}]}""", "'attachments[0].kind' moet een tekenreeks (tekst tussen aanhalingstekens) zijn, geen lijst")]
    public void ParseLine_FieldOfTheWrongType_NamesLineFieldAndType(string line, string expected)
    {
        var parsed = BatchFormat.ParseLine(line, 12);

        Assert.False(parsed.IsValid);
        Assert.Equal($"regel 12: {expected}", parsed.Error);
        Assert.Equal("a", parsed.Id);
    }

    [Fact]
    public void ParseLine_IdOfTheWrongType_IsNamedWithoutAnId()
    {
        var parsed = BatchFormat.ParseLine($$$"""{"id":{"a":1},"text":"hoi",{{{Account}}}}""", 2);

        Assert.Equal("regel 2: 'id' moet een tekenreeks (tekst tussen aanhalingstekens) zijn, geen object", parsed.Error);
        Assert.Null(parsed.Id);
    }

    [Theory]
    [InlineData($$$"""{"id":"a","text":"hoi","text":42,{{{Account}}}}""", "'text' moet een tekenreeks (tekst tussen aanhalingstekens) zijn, geen getal")]
    [InlineData($$$"""{"id":"a","text":42,"text":"hoi",{{{Account}}}}""", "'text' moet een tekenreeks (tekst tussen aanhalingstekens) zijn, geen getal")]
    // Found by the short fuzz pass: the wrong value is in the first of two objects of one name.
    [InlineData("""{"id":"a","text":"hoi","account":{"kind":"school","school":7},"account":{"kind":"personal"}}""", "'account.school' moet een tekenreeks (tekst tussen aanhalingstekens) zijn, geen getal")]
    public void ParseLine_RepeatedField_NamesTheValueThatFailed(string line, string expected)
    {
        // The serialiser reads repeated properties in order and stops at the first value it cannot read.
        var parsed = BatchFormat.ParseLine(line, 3);

        Assert.Equal($"regel 3: {expected}", parsed.Error);
    }

    [Theory]
    [InlineData($$$"""{"id":"a","text":"\ud800",{{{Account}}}}""")]
    [InlineData("""{"id":"a","text":"hoi","account":{"kind":"\udc00"}}""")]
    [InlineData($$$"""{"id":"a","text":"hoi",{{{Account}}},"attachments":[{"depicts":["\ud800"]}]}""")]
    public void ParseLine_LoneSurrogateInAStringField_IsStillCalledThat(string line)
    {
        // The other side: a string where a string belongs, but no valid text.
        var parsed = BatchFormat.ParseLine(line, 4);

        Assert.Contains("surrogaat", parsed.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("moet een", parsed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseLine_NullWhereATextMayBeMissing_IsNoTypeError()
    {
        var parsed = BatchFormat.ParseLine($$$"""{"id":"a","text":"hoi",{{{Account}}},"author":null,"attachments":[{"depicts":null,"permission":null}]}""", 5);

        Assert.True(parsed.IsValid, parsed.Error);
    }
}
