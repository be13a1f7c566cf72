using Protocolwacht.Checks.Lexicons;

namespace Protocolwacht.Checks.Tests.Lexicons;

/// <summary>A term's exact forms, found past the length and first-letter filters that spare hashing most words.</summary>
public class TermTests
{
    [Theory]
    [InlineData("kut")]
    [InlineData("lul")]
    [InlineData("zak")]
    [InlineData("3ikel")] // a first character outside a-z
    public void Matches_EachExactForm_IsFound(string form) =>
        Assert.True(Term.Parse("kut|lul|zak|3ikel").Matches(form, masked: false));

    [Theory]
    [InlineData("kun")] // same length, same first letter
    [InlineData("mul")] // same length, another first letter
    [InlineData("eikel")] // a-z where the form starts outside it
    [InlineData("4ikel")]
    [InlineData("kutje")] // longer than every form
    public void Matches_NoExactForm_IsNotFound(string key) =>
        Assert.False(Term.Parse("kut|lul|zak|3ikel").Matches(key, masked: false));
}
