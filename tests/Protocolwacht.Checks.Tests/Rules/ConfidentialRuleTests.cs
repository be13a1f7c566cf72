namespace Protocolwacht.Checks.Tests.Rules;

public class ConfidentialRuleTests
{
    [Theory]
    [InlineData("Strikt vertrouwelijk: de directeur van Het Kompas vertrekt.")]
    [InlineData("Dit is nog niet bekendgemaakt, maar de school gaat verhuizen.")]
    [InlineData("Niet doorvertellen hè, maar er komt een nieuwe directeur.")]
    [InlineData("Het ontslag van de conciërge is rond.")]
    [InlineData("Konot gaat een reorganisatie van het bestuursbureau in.")]
    [InlineData("De begroting laat een tekort van twee ton zien, er moet bezuinigd worden.")]
    [InlineData("Uit de teamvergadering: de formatie krimpt met drie fte.")]
    public void Check_InternalInformation_Blocks(string text)
    {
        var result = TestChecker.Personal(text, "kees.dekker");

        Assert.True(result.Has(Categories.Confidential, Severity.Block), text);
    }

    [Fact]
    public void Check_InternalMemoInAttachment_Blocks()
    {
        var result = TestChecker.Organisation("Goede sessie vandaag!", "marieke.jansen", attachments: TestChecker.Image("foto van een interne memo over de formatie"));

        Assert.True(result.Has(Categories.Confidential, Severity.Block));
    }

    [Theory]
    [InlineData("Zorgen over uw kind? Onze vertrouwenspersoon behandelt alles vertrouwelijk.")]
    [InlineData("De notulen van de openbare MR-vergadering staan op de website.")]
    [InlineData("Groep 8 maakte een begroting voor het schoolkamp.")]
    [InlineData("Eva is onze intern begeleider.")]
    [InlineData("Groep 7 en 8 worden morgen samengevoegd voor de excursie.")]
    [InlineData("De kinderen mogen nog niet naar buiten vanwege de regen.")]
    [InlineData("Er zijn veel talenten onder ons, dat bleek op de talentenshow.")]
    [InlineData("De winnaars worden volgende week officieel bekendgemaakt.")]
    [InlineData("Het geheim van een goede start? Samen ontbijten.")]
    public void Check_OrdinaryInformation_IsFine(string text)
    {
        Assert.False(TestChecker.School(text, "karin.mulder").Has(Categories.Confidential), text);
    }

    [Fact]
    public void Check_InternalPlanAnnouncedOnlyLater_Blocks()
    {
        Assert.True(TestChecker.Personal("Intern: de sluiting van de locatie is besloten, we maken het pas na de zomer bekend.", "karin.mulder").Has(Categories.Confidential, Severity.Block));
    }

    [Fact]
    public void Check_SchoolNewsAnnouncedLater_IsNotConfidential()
    {
        Assert.False(TestChecker.School("De winnaar van de tekenwedstrijd maken we pas vrijdag bekend.").Has(Categories.Confidential));
    }
}
