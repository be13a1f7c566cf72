namespace Protocolwacht.Web.Features.Shared.Menu;

/// <summary>One link in the main menu.</summary>
/// <param name="Href">The page's URL.</param>
/// <param name="Text">Dutch text (translated by the layout).</param>
/// <param name="Audience">Who sees the link; the page itself still checks access.</param>
/// <param name="Group">Daily work in the first row, the registers and administration after it.</param>
/// <param name="Counter">Name of an <see cref="IMenuCounter"/> whose number is shown beside the link, or null.</param>
public sealed record MenuItem(string Href, string Text, MenuAudience Audience, MenuGroup Group = MenuGroup.Daily, string? Counter = null);

/// <summary>Who sees a menu link.</summary>
public enum MenuAudience
{
    /// <summary>Everyone, signed in or not.</summary>
    Everyone,

    /// <summary>Every signed-in staff member.</summary>
    Staff,

    /// <summary>People who answer advice requests: directors and the board (cvb).</summary>
    Managers,

    /// <summary>Directors (their own school) and administrators.</summary>
    DirectorsAndAdministrators,

    /// <summary>Who oversees: the board (cvb) and administrators (every school), directors (their own school).</summary>
    Overseers,

    /// <summary>Administrators only (the communication advisor).</summary>
    Administrators,
}

public enum MenuGroup
{
    Daily,
    Registers,
}
