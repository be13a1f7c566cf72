using Protocolwacht.Checks.PersonalData;

namespace Protocolwacht.Checks.Tests.PersonalData;

public class ValidatorTests
{
    [Theory]
    [InlineData("111222333", true)]
    [InlineData("123456782", true)]
    [InlineData("123456789", false)]
    [InlineData("000000000", false)]
    [InlineData("12345678", false)]
    public void Bsn_IsValid_AppliesElevenTest(string digits, bool valid)
    {
        Assert.Equal(valid, Bsn.IsValid(digits));
    }

    [Theory]
    [InlineData("nl91abna0417164300", true)]
    [InlineData("nl92abna0417164300", false)]
    [InlineData("be68539007547034", true)]
    [InlineData("de89370400440532013000", true)]
    [InlineData("nl91abna041716430", false)]
    public void Iban_IsValid_ChecksLengthAndMod97(string iban, bool valid)
    {
        Assert.Equal(valid, Iban.IsValid(iban));
    }

    [Theory]
    [InlineData("0612345678", "Mobile")]
    [InlineData("+31612345678", "Mobile")]
    [InlineData("0541234567", "Landline")]
    [InlineData("0012345678", "Invalid")]
    public void PhoneValidator_Classify_UsesNumberingPlan(string digits, string kind)
    {
        Assert.Equal(kind, PhoneValidator.Classify(digits).ToString());
    }
}
