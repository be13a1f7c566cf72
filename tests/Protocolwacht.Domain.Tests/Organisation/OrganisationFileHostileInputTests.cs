using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Domain.Tests.Organisation;

/// <summary>Organisation files a fuzzer made (issue #16): each is refused with a line and a Dutch message, never an exception.</summary>
public class OrganisationFileHostileInputTests
{
    private const string Valid = """
        {
          "board": { "id": "b", "name": "B" },
          "schools": [ { "id": "s", "name": "S" } ],
          "staff": [ { "id": "a", "name": "A", "role": "staf" } ]
        }
        """;

    [Fact]
    public void Parse_TheValidFileTheCasesBelowMutate_Succeeds()
    {
        var result = OrganisationFile.Parse(Valid);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
    }

    [Theory]
    [InlineData("\"name\": \"B\"", "\"name\": \"\\ud800\"", 2, "board.name")]
    [InlineData("\"name\": \"A\"", "\"name\": \"A\\udc00\"", 4, "staff[0].name")]
    [InlineData("\"id\": \"s\"", "\"id\": \"s\", \"\\ud800town\": \"x\"", 3, "schools[0]")]
    [InlineData("\"board\":", "\"\\udc00\": 1, \"board\":", 2, "$")]
    public void Parse_LoneSurrogateEscape_IsRefusedWithItsLineAndPath(string find, string replace, int line, string path)
    {
        var result = OrganisationFile.Parse(Valid.Replace(find, replace, StringComparison.Ordinal));

        var error = Assert.Single(result.Errors);
        Assert.Null(result.Organisation);
        Assert.Equal(line, error.Line);
        Assert.Equal(path, error.Path);
        Assert.Contains("surrogaat", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnpairedSurrogateCharacterInTheString_IsRefused()
    {
        var result = OrganisationFile.Parse(Valid.Replace("\"B\"", "\"\uD800\"", StringComparison.Ordinal));

        Assert.Null(result.Organisation);
        Assert.Contains("surrogaat", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"board\":", "\"x\": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]], \"board\":")]
    [InlineData("\"name\": \"B\"", "\"name\": 1e400")]
    [InlineData("\"name\": \"B\"", "\"name\": []")]
    [InlineData("\"role\": \"staf\"", "\"role\": 99999999999999999999")]
    [InlineData("\"board\":", "\"students\": [ { \"id\": \"k\", \"name\": \"K\", \"school\": \"s\", \"social_media_consent\": \"ja\" } ], \"board\":")]
    public void Parse_WrongShapes_AreRefusedWithALine(string find, string replace)
    {
        var result = OrganisationFile.Parse(Valid.Replace(find, replace, StringComparison.Ordinal));

        Assert.Null(result.Organisation);
        Assert.NotEmpty(result.Errors);
        Assert.All(result.Errors, e => Assert.InRange(e.Line, 1, 5));
        Assert.All(result.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
    }

    [Fact]
    public void Parse_CommentEndedByACarriageReturn_CountsItAsALine()
    {
        // From the first AFL++ run (issue #16): the reader counts a lone \r as a line end, and so does the message.
        var result = OrganisationFile.Parse("// organisatie\r{\"board\"\u0004: 9223372036854775807}");

        var error = Assert.Single(result.Errors);
        Assert.Equal(2, error.Line);
        Assert.Contains("geen geldige JSON", error.Message, StringComparison.Ordinal);
    }
}
