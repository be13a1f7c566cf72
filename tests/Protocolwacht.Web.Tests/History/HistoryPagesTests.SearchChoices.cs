using System.Text.RegularExpressions;
using Protocolwacht.Web.Tests.Infrastructure.Localization;

namespace Protocolwacht.Web.Tests.History;

/// <summary>
/// The search's filters by name (stop 50's walk: the form asked for "School (id)", "Account (id)" and "Auteur
/// (medewerker-id)", and a category's code): schools, accounts, authors and categories are chosen from lists of the names
/// people know them by, while the query string keeps the ids, so a link written with ids (an old bookmark, a notice)
/// still filters and shows its choices chosen. What the lists do not hold stays chosen under "Niet in de lijst", as typed
/// (a director's link to another school names nothing of it); a director's own school in a link is her reach, chosen
/// without a word (it stood under "Niet in de lijst" until the review of stop 50).
/// </summary>
public sealed partial class HistoryPagesTests
{
    [Fact]
    public async Task SearchForm_OffersSchoolsAccountsAuthorsAndCategoriesByName_AndAnOldLinkWithIdsKeepsItsChoices()
    {
        using var admin = await shared.App.SignInAsync("sanne.deboer");

        var blank = await GetAsync(admin, "/search");
        var linked = await GetAsync(admin, "/search?q=sportdag&School=kompas&Account=kompas-instagram&Author=jeroen.vos&Category=informal-language");

        Assert.Contains("<option value=\"regenboog\">Basisschool De Regenboog</option>", blank, StringComparison.Ordinal);
        Assert.Contains("<option value=\"regenboog-x\">@RegenboogEsveld (X)</option>", blank, StringComparison.Ordinal);
        Assert.Contains("<option value=\"tom.hendriks\">Tom Hendriks</option>", blank, StringComparison.Ordinal);
        Assert.Contains("<option value=\"informal-language\">te populair taalgebruik</option>", blank, StringComparison.Ordinal);
        Assert.Contains("<optgroup label=\"Kindcentrum Het Kompas\">", blank, StringComparison.Ordinal); // accounts under their school
        Assert.DoesNotContain("(id)", blank, StringComparison.Ordinal);
        Assert.DoesNotContain("Niet in de lijst", blank, StringComparison.Ordinal);
        Assert.Contains("<option value=\"kompas\" selected=\"selected\">Kindcentrum Het Kompas</option>", linked, StringComparison.Ordinal);
        Assert.Contains("<option value=\"kompas-instagram\" selected=\"selected\">@kckompas (Instagram)</option>", linked, StringComparison.Ordinal);
        Assert.Contains("<option value=\"jeroen.vos\" selected=\"selected\">Jeroen Vos</option>", linked, StringComparison.Ordinal);
        Assert.Contains("<option value=\"informal-language\" selected=\"selected\">te populair taalgebruik</option>", linked, StringComparison.Ordinal);

        await EnglishReaderDetailsTests.InEnglishAsync(admin);
        Assert.Contains("<option value=\"informal-language\">too informal language</option>", await GetAsync(admin, "/search"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchForm_ChoicesItDoesNotOffer_StayChosenUnderNotInTheList_NamedOnlyInsideTheReach()
    {
        using var karin = await shared.App.SignInAsync("karin.mulder"); // director of De Regenboog

        var own = await GetAsync(karin, "/search");
        var elsewhere = await GetAsync(karin, "/search?q=sportdag&School=kompas&Account=kompas-instagram&Author=jeroen.vos&Category=privacy");

        // Her reach is her school: no school filter, her school's accounts and staff, nobody else's.
        Assert.DoesNotContain("id=\"School\"", own, StringComparison.Ordinal);
        Assert.Contains("<option value=\"regenboog-x\">@RegenboogEsveld (X)</option>", own, StringComparison.Ordinal);
        Assert.Contains("<option value=\"tom.hendriks\">Tom Hendriks</option>", own, StringComparison.Ordinal);
        Assert.DoesNotContain("kompas", own, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Jeroen Vos", own, StringComparison.Ordinal);
        // A link with her own school: no school filter still, nothing "not in the list", and her account stays chosen.
        var ownLinked = await GetAsync(karin, "/search?q=sportdag&School=regenboog&Account=regenboog-x");
        Assert.DoesNotContain("id=\"School\"", ownLinked, StringComparison.Ordinal);
        Assert.DoesNotContain("Niet in de lijst", ownLinked, StringComparison.Ordinal);
        Assert.Contains("<option value=\"regenboog-x\" selected=\"selected\">@RegenboogEsveld (X)</option>", ownLinked, StringComparison.Ordinal);
        // A link into another school's archive: each value chosen as typed, under "Niet in de lijst", and no name told.
        Assert.Contains("id=\"School\"", elsewhere, StringComparison.Ordinal);
        Assert.Equal(4, Regex.Count(elsewhere, "<optgroup label=\"Niet in de lijst\">"));
        foreach (var value in new[] { "kompas", "kompas-instagram", "jeroen.vos", "privacy" })
        {
            Assert.Contains($"<option value=\"{value}\" selected=\"selected\">{value}</option>", elsewhere, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Kindcentrum Het Kompas", elsewhere, StringComparison.Ordinal);
        Assert.DoesNotContain("@kckompas", elsewhere, StringComparison.Ordinal);
        Assert.DoesNotContain("Jeroen Vos", elsewhere, StringComparison.Ordinal);
    }
}
