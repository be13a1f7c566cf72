namespace Protocolwacht.Checks.Tests.Rules;

public class PersonalDataRuleTests
{
    [Theory]
    [InlineData("Het BSN van de nieuwe leerling is 111222333, wil je het invoeren?")]
    [InlineData("BSN 1112.22.333 graag in het systeem zetten")]
    [InlineData("Nummer: 1 1 1 2 2 2 3 3 3")]
    public void Check_Bsn_Blocks(string text)
    {
        var result = TestChecker.School(text);

        Assert.True(result.Has(Categories.PersonalData, Severity.Block), text);
        Assert.Contains(result.Findings, f => f.Message.Contains("BSN", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_NineDigitsFailingElevenTest_IsNotBsn()
    {
        Assert.False(TestChecker.School("Ordernummer 123456789 is verzonden.").Has(Categories.PersonalData));
    }

    [Theory]
    [InlineData("Maak het over naar NL91 ABNA 0417 1643 00, dat is mijn rekening.")]
    [InlineData("Betalen kan op nl91abna0417164300 t.n.v. J. de Vries")]
    [InlineData("Rekening: N L 9 1 A B N A 0 4 1 7 1 6 4 3 0 0")]
    public void Check_PersonalIban_Blocks(string text)
    {
        Assert.True(TestChecker.School(text).Has(Categories.PersonalData, Severity.Block), text);
    }

    [Fact]
    public void Check_IbanOfFoundation_IsFine()
    {
        var result = TestChecker.School("Doneren kan op NL91 ABNA 0417 1643 00 t.n.v. Stichting Schoolfonds Esveld.");

        Assert.False(result.Has(Categories.PersonalData));
    }

    [Fact]
    public void Check_IbanWithWrongCheckDigits_IsNotIban()
    {
        Assert.False(TestChecker.School("Code NL92 ABNA 0417 1643 00 voor de kassa.").Has(Categories.PersonalData));
    }

    [Theory]
    [InlineData("App me gerust op 06-12345678.")]
    [InlineData("Mijn nummer: +31 6 1234 5678")]
    [InlineData("Bel 0031612345678 als er iets is")]
    [InlineData("Mijn nieuwe nummer: nul zes één twee drie vier vijf zes zeven acht")]
    public void Check_PrivatePhone_Blocks(string text)
    {
        Assert.True(TestChecker.Personal(text).Has(Categories.PersonalData, Severity.Block), text);
    }

    [Fact]
    public void Check_SchoolPublicPhone_IsFine()
    {
        Assert.False(TestChecker.School("Vragen? Bel de school: 0541 - 234567.").Has(Categories.PersonalData));
    }

    [Theory]
    [InlineData("Mail me privé: j.devries@gmail.com")]
    [InlineData("Stuur het naar jan (at) ziggo (punt) nl")]
    [InlineData("Mijn mail: piet apenstaartje hotmail punt com")]
    public void Check_PrivateEmail_Blocks(string text)
    {
        Assert.True(TestChecker.School(text).Has(Categories.PersonalData, Severity.Block), text);
    }

    [Theory]
    [InlineData("Aanmelden via info@regenboog-esveld.nl")]
    [InlineData("Vragen aan de juf: fatima.yilmaz@regenboog-esveld.nl")]
    [InlineData("Pers: communicatie@konot.nl")]
    public void Check_OwnDomainEmail_IsFine(string text)
    {
        Assert.False(TestChecker.School(text).Has(Categories.PersonalData), text);
    }

    [Fact]
    public void Check_HomeAddress_Blocks()
    {
        Assert.True(TestChecker.School("Het feestje is bij haar thuis, Beukenlaan 7 in Esveld.").Has(Categories.PersonalData, Severity.Block));
    }

    [Fact]
    public void Check_SchoolAddress_IsFine()
    {
        Assert.False(TestChecker.School("U vindt ons aan de Schoolstraat 12, 7571 AB Esveld.").Has(Categories.PersonalData));
    }

    [Fact]
    public void Check_DateOfBirth_Blocks()
    {
        Assert.True(TestChecker.School("Gefeliciteerd Sem, geboren op 12-05-2016!").Has(Categories.PersonalData, Severity.Block));
    }

    [Theory]
    [InlineData("Sara Ouali heeft ADHD en krijgt extra begeleiding.")]
    [InlineData("Noah Bos wordt op het plein gepest, we houden het in de gaten.")]
    [InlineData("Liam Brouwer is geschorst na het incident.")]
    [InlineData("Juf Fatima is ziek thuis, de invaller neemt het over.")]
    [InlineData("De ouders van Tess Hermans gaan scheiden.")]
    public void Check_SensitiveDataAboutNamedPerson_Blocks(string text)
    {
        Assert.True(TestChecker.School(text, "linda.koster", "sintjozef").Has(Categories.PersonalData, Severity.Block), text);
    }

    [Theory]
    [InlineData("Eén op de tien kinderen heeft dyslexie; we letten er goed op.")]
    [InlineData("Deze week praten we in alle groepen over pesten.")]
    [InlineData("We lopen voor onderzoek naar kanker bij kinderen.")]
    public void Check_SensitiveTopicWithoutPerson_IsFine(string text)
    {
        Assert.False(TestChecker.School(text).Has(Categories.PersonalData), text);
    }

    [Theory]
    [InlineData("Emma de Wit las haar gedicht voor.")]
    [InlineData("Daan uit groep 3 won de kleurwedstrijd.")]
    [InlineData("Wat een mooie tekening van Emma de Wit's hand!")]
    [InlineData("Emma de Wits tekening hangt in de hal.")]
    [InlineData("Zoals altijd was Emma (groep 7) als eerste klaar.")]
    [InlineData("Emma en haar zus kwamen kijken.")] // the school's own account: the first name identifies (spec convention 3)
    public void Check_StudentWithoutConsentNamed_Doubts(string text)
    {
        var result = TestChecker.School(text);

        Assert.Equal(Severity.Doubt, result.SeverityOf(Categories.PersonalData));
    }

    [Theory]
    [InlineData("Noah Bos las zijn gedicht voor.")]
    [InlineData("Daan uit groep 5 won de kleurwedstrijd.")]
    [InlineData("Finn en zijn zus kwamen kijken.")] // a pupil of another school than the account's
    [InlineData("Noah Bos scoorde drie doelpunten in de finale.")]
    public void Check_StudentWithConsentOrNotIdentifiable_IsFine(string text)
    {
        // The rules alone: stop 33's retrained second opinion (personal-data threshold 0.7) doubts "Daan uit groep 5
        // won de kleurwedstrijd" on the school's account (a first name with a group), a doubt and never a block.
        Assert.False(TestChecker.SchoolByRules(text).Has(Categories.PersonalData), text);
    }

    [Fact]
    public void Check_ChildNamedInReplyToTheirParent_Doubts()
    {
        var result = TestChecker.School("Dank u! Daan deed het geweldig.", reply: new ReplyContext(ReplyRole.Parent, "Priya Kok", "Leuk filmpje!"));

        Assert.Equal(Severity.Doubt, result.SeverityOf(Categories.PersonalData));
    }

    // Order, invoice and reference numbers can pass the 11-proef; the label before them says what they are.
    [Theory]
    [InlineData("Kenmerk 111222333 graag vermelden bij de betaling.")]
    [InlineData("Uw bestelling met ordernummer 111222333 is verzonden.")]
    public void Check_LabelledReferenceNumber_IsNotABsn(string text)
    {
        Assert.False(TestChecker.School(text).Has(Categories.PersonalData), text);
    }

    [Fact]
    public void Check_UnlabelledValidBsn_StillBlocks()
    {
        Assert.True(TestChecker.School("Het nummer van de leerling is 111222333.").Has(Categories.PersonalData, Severity.Block));
    }

    [Theory]
    [InlineData("Noah Bos had een 5 voor spelling.")]
    [InlineData("Liam Brouwer kreeg ruzie met een klasgenoot.")]
    public void Check_MarkOrQuarrelOfNamedStudent_Blocks(string text)
    {
        Assert.True(TestChecker.School(text).Has(Categories.PersonalData, Severity.Block), text);
    }
}
