namespace Protocolwacht.Web.Features.Shared.Menu;

/// <summary>
/// The main menu, in order. Adding a page to the menu is one line here: its URL, its Dutch text, who sees
/// it, its group, and optionally the name of a counter (an <see cref="IMenuCounter"/> registered by the feature).
/// </summary>
public static class MainMenu
{
    public const string AdviceWaiting = "advice-waiting";
    public const string UnreadNotifications = "unread-notifications";
    public const string UnreadReactions = "unread-reactions";

    public static IReadOnlyList<MenuItem> Items { get; } =
    [
        new("/", "Start", MenuAudience.Everyone),
        new("/compose", "Nieuw bericht", MenuAudience.Staff),
        new("/posts", "Mijn berichten", MenuAudience.Staff),
        new("/calendar", "Kalender", MenuAudience.Staff),
        new("/advice", "Adviesvragen", MenuAudience.Managers, Counter: AdviceWaiting),
        new("/notifications", "Meldingen", MenuAudience.Staff, Counter: UnreadNotifications),
        new("/reacties", "Reacties", MenuAudience.Staff, Counter: UnreadReactions),
        new("/protocol", "Protocol", MenuAudience.Everyone),
        new("/melden", "Incident melden", MenuAudience.Everyone),

        new("/organisation", "Organisatie", MenuAudience.Staff, MenuGroup.Registers),
        new("/consent", "Toestemmingen", MenuAudience.Staff, MenuGroup.Registers),
        new("/incidents", "Incidenten", MenuAudience.Staff, MenuGroup.Registers),
        // A freeze must be found in seconds during a crisis: directors (own school) and administrators.
        new("/freezes", "Publicatiestop", MenuAudience.DirectorsAndAdministrators, MenuGroup.Registers),
        new("/search", "Zoeken", MenuAudience.DirectorsAndAdministrators, MenuGroup.Registers),
        new("/history", "Geschiedenis", MenuAudience.DirectorsAndAdministrators, MenuGroup.Registers),
        new("/insight", "Inzicht", MenuAudience.Overseers, MenuGroup.Registers),
        new("/accounts", "Accounts", MenuAudience.Administrators, MenuGroup.Registers),
        new("/accounts/posting-rights", "Plaatsingsrechten", MenuAudience.Administrators, MenuGroup.Registers),
        new("/protocol/acknowledgements", "Kennisname", MenuAudience.Administrators, MenuGroup.Registers),
        new("/platform-decisions", "Platformbesluiten", MenuAudience.Administrators, MenuGroup.Registers),
        new("/audit", "Auditlog", MenuAudience.Administrators, MenuGroup.Registers),
        new("/privacy/verwerkingsregister", "Verwerkingsregister", MenuAudience.Administrators, MenuGroup.Registers),
        new("/archive", "Verantwoording", MenuAudience.Administrators, MenuGroup.Registers),
        new("/staff-accounts", "Aanmeldaccounts", MenuAudience.Administrators, MenuGroup.Registers),
        new("/roles", "Rollen", MenuAudience.Administrators, MenuGroup.Registers),
    ];
}
