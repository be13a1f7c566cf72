using Protocolwacht.Imports.School;

namespace Protocolwacht.Imports.Tests.School;

public class AgeCheckTests
{
    [Theory]
    [InlineData("2008-11-01", "2024-11-01", true)]
    [InlineData("2008-11-02", "2024-11-01", false)]
    [InlineData("2008-02-29", "2024-02-28", false)]
    [InlineData("2008-02-29", "2024-02-29", true)]
    [InlineData("2007-02-28", "2023-02-28", true)]
    [InlineData("2004-02-29", "2020-02-29", true)]
    [InlineData("2005-02-28", "2021-02-27", false)]
    public void IsSixteenOrOver_CountsFromTheSixteenthBirthday(string born, string today, bool expected) =>
        Assert.Equal(expected, AgeCheck.IsSixteenOrOver(DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
}
