namespace Protocolwacht.Web.Features.PlatformAccounts.Connect;

/// <summary>The Dutch messages of the connect flow that tests and pages share.</summary>
public static class ConnectMessages
{
    public const string WrongState = "Deze koppeling is niet in deze sessie gestart, of het duurde te lang. Er is niets gekoppeld; begin opnieuw met de knop Koppel.";

    public const string Denied = "U heeft op het platform geen toestemming gegeven. Er is niets gekoppeld; een eerdere koppeling blijft zoals hij was.";

    public const string CodeRefused = "Het platform accepteerde de inlogcode niet: die is verlopen of al gebruikt. Er is niets gekoppeld; begin opnieuw.";

    /// <summary>{0}: the platform's name.</summary>
    public const string PlatformDown = "{0} is nu niet bereikbaar. Er is niets gekoppeld; probeer het later opnieuw.";
}
