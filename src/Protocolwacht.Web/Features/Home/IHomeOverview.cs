using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Web.Features.Home;

/// <summary>
/// A feature's block on a start page: what a director opens on Monday morning (advice waiting, what goes
/// out this week, recent findings) or what an administrator keeps an eye on (accounts, acknowledgements,
/// consent changes). Like <see cref="IHomeAction"/>, each feature registers its own; null means "not for
/// this person".
/// </summary>
public interface IHomeOverview
{
    Task<HomePanel?> PanelForAsync(StaffMember staff, bool isAdmin, CancellationToken cancellationToken);
}

/// <param name="Id">Stable name, used as the panel's test id.</param>
/// <param name="Title">Dutch heading.</param>
/// <param name="Order">Lower comes first.</param>
/// <param name="Rows">At most a handful; the panel links to the full page for the rest.</param>
/// <param name="Empty">Dutch text shown when there are no rows.</param>
/// <param name="More">Link to the full page, or null.</param>
public sealed record HomePanel(string Id, string Title, int Order, IReadOnlyList<HomePanelRow> Rows, string Empty, HomeLink? More = null)
{
    /// <summary>A button that acts on the panel's rows at once (a POST with the anti-forgery token), or null.</summary>
    public HomePanelAction? Action { get; init; }
}

/// <param name="Href">Where the form posts; the page there checks the role.</param>
/// <param name="Text">Dutch button text (translated by the page).</param>
/// <param name="Description">Dutch: what pressing it does, shown beside it (translated by the page).</param>
public sealed record HomePanelAction(string Href, string Text, string Description);

/// <param name="Text">What the row is about, printed as it is: it may hold names or post text, so an overview translates its own words in it (a count, "en nog 3 anderen").</param>
/// <param name="Detail">Secondary text: age, state, date, already in the reader's language (the overview composes it with <c>Translate</c>, part by part).</param>
/// <param name="Href">Where to act on it, or null.</param>
/// <param name="Attention">Shown with a warning label (the word, not only a colour).</param>
public sealed record HomePanelRow(string Text, string? Detail, string? Href, bool Attention = false)
{
    /// <summary>A button that acts on this row alone (a POST with the anti-forgery token), or null.</summary>
    public HomeRowAction? Action { get; init; }
}

/// <param name="Href">Where the form posts; the page there checks the role and that the row is still one it may act on.</param>
/// <param name="Text">Dutch button text (translated by the page); the row's text describes the button for a screen reader.</param>
/// <param name="Id">What the row is about, posted as the form's <c>id</c> field: in the body, never in the address, so
/// neither the address bar nor a request log holds it.</param>
public sealed record HomeRowAction(string Href, string Text, string Id);
