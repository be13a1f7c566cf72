namespace Protocolwacht.Web.Features.Compose;

/// <summary>
/// What the composer tells the author in Dutch beside the form: the file to describe, choose again or kept after a form
/// error, and the accounts the stored draft names that the author can no longer choose. Templates, not interpolated
/// strings: their UiText entries translate them with the name in the hole.
/// </summary>
public sealed partial class IndexModel
{
    private const string AltTextMissingText = "Beschrijf wat er op de afbeelding '{0}' te zien is (alt-tekst): zo weet ook wie de afbeelding niet kan zien wat erop staat.";

    public static string AltTextMissing(string fileName) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, AltTextMissingText, fileName);

    private const string ChooseAgainText = "Kies het bestand '{0}' opnieuw: na een fout toont de pagina je formulier opnieuw, en een browser zet een gekozen bestand dan niet terug. Wat je verder bij de afbeelding hebt ingevuld of gekozen, staat er nog.";

    public static string ChooseAgain(string fileName) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, ChooseAgainText, fileName);

    private const string KeptText = "Het bestand '{0}' is bewaard: je hoeft het niet opnieuw te kiezen. Kies een ander bestand als je het wilt vervangen.";

    public static string Kept(string fileName) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, KeptText, fileName);

    /// <summary>
    /// The lost-account notices for <see cref="Post"/> as it is now stored. <paramref name="saved"/> false when the page
    /// comes back from a POST that stored nothing (a form error, a conflict): the notices then do not say the text is saved.
    /// </summary>
    private void NoticeLostAccounts(bool saved) =>
        LostAccounts = Post is null ? [] : [.. Post.AccountIds.Where(a => !Connected.Contains(a)).Select(a => LostAccount(a, saved))];

    // An account the author may still post on is here but disconnected; any other is not among the choices any more.
    private string LostAccount(string accountId, bool saved)
    {
        var handle = Organisation.FindAccount(accountId)?.Handle ?? accountId;
        return Accounts.Any(a => a.Id == accountId)
            ? saved ? NoLongerConnected(handle) : NoLongerConnectedUnsaved(handle)
            : saved ? NoLongerAllowed(handle) : NoLongerAllowedUnsaved(handle);
    }

    private const string NoLongerConnectedUnsavedText = "{0} is niet meer verbonden met het platform: je kunt er niet meer op plaatsen, daarom staat het niet meer aangevinkt. Kies een ander account of vraag de communicatieadviseur het account opnieuw te koppelen.";

    public static string NoLongerConnectedUnsaved(string handle) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, NoLongerConnectedUnsavedText, handle);

    private const string NoLongerAllowedUnsavedText = "Op {0} mag je niet meer plaatsen, daarom staat het niet meer bij de accounts. Kies een ander account.";

    public static string NoLongerAllowedUnsaved(string handle) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, NoLongerAllowedUnsavedText, handle);

    private const string NoLongerConnectedText = "{0} is niet meer verbonden met het platform: je kunt er niet meer op plaatsen, daarom staat het niet meer aangevinkt. Je tekst is bewaard. Kies een ander account of vraag de communicatieadviseur het account opnieuw te koppelen.";

    public static string NoLongerConnected(string handle) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, NoLongerConnectedText, handle);

    private const string NoLongerAllowedText = "Op {0} mag je niet meer plaatsen, daarom staat het niet meer bij de accounts. Je tekst is bewaard. Kies een ander account.";

    public static string NoLongerAllowed(string handle) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, NoLongerAllowedText, handle);
}
