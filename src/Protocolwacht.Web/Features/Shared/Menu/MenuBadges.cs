using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Protocolwacht.Web.Infrastructure.Localization;

namespace Protocolwacht.Web.Features.Shared.Menu;

/// <summary>
/// The counters beside menu links, as the layout renders them and as <see cref="MenuEvents"/> sends them: each
/// counted link holds a slot (<c>menu-badge-{counter}</c>, aria-live polite) whose content is the badge, or
/// nothing at zero. The folded menu's "Menu" button holds one more slot, <see cref="Total"/>: on a phone the counted
/// links are hidden behind that button, so the button says that something waits.
/// </summary>
public static class MenuBadges
{
    /// <summary>The name of the button's slot (<c>menu-badge-total</c>, <c>menu-count-total</c>): every counter added up.</summary>
    public const string TotalCounter = "total";

    public static string SlotId(string counter) => $"menu-badge-{counter}";

    /// <summary>The badge inside a slot: the number and, for screen readers, "nieuw"; empty at zero.</summary>
    public static IHtmlContent Badge(string counter, int? count, Translate texts)
    {
        ArgumentNullException.ThrowIfNull(counter);
        ArgumentNullException.ThrowIfNull(texts);
        if (count is not > 0)
        {
            return HtmlString.Empty;
        }

        return new HtmlContentBuilder()
            .AppendHtml("<span class=\"utrecht-badge-counter\" data-testid=\"menu-count-").Append(counter).AppendHtml("\">")
            .Append(count.Value.ToString(CultureInfo.InvariantCulture))
            .AppendHtml("<span class=\"visually-hidden\"> ").Append(texts("nieuw")).AppendHtml("</span></span>");
    }

    /// <summary>
    /// The label of the "Menu" button: "Menu", and when something waits the sum of every counter as a number, with the
    /// whole label for screen readers in one hidden text ("Menu, 3 items wachten"). One text, because the hidden text is
    /// positioned apart and a browser would read a label made of pieces as "Menu , 3 items wachten".
    /// </summary>
    public static IHtmlContent Total(IEnumerable<MenuLink> links, Translate texts)
    {
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(texts);
        var total = Counted(links).Sum(l => l.Count is > 0 ? l.Count.Value : 0);
        var label = texts("Menu");
        if (total == 0)
        {
            return new HtmlContentBuilder().Append(label);
        }

        var waiting = total == 1 ? texts("1 item wacht") : string.Format(CultureInfo.InvariantCulture, texts("{0} items wachten"), total);
        return new HtmlContentBuilder()
            .AppendHtml("<span aria-hidden=\"true\">").Append(label).AppendHtml("</span>")
            .AppendHtml("<span class=\"utrecht-badge-counter\" aria-hidden=\"true\" data-testid=\"menu-count-").Append(TotalCounter).AppendHtml("\">")
            .Append(total.ToString(CultureInfo.InvariantCulture))
            .AppendHtml("</span><span class=\"visually-hidden\">").Append(label).Append(", ").Append(waiting).AppendHtml("</span>");
    }

    /// <summary>A short text of every counter's number, handed by the page to its stream so the stream knows what the page shows.</summary>
    public static string Version(IEnumerable<MenuLink> links) =>
        string.Join('.', Counted(links).Select(l => l.Count ?? 0));

    /// <summary>A slot with its badge, marked for htmx to swap into the slot already on the page.</summary>
    public static string SwapSlot(MenuLink link, Translate texts)
    {
        ArgumentNullException.ThrowIfNull(link);
        var counter = link.Item.Counter ?? throw new ArgumentException("The link has no counter.", nameof(link));
        return Swap(counter, Badge(counter, link.Count, texts));
    }

    /// <summary>The "Menu" button's slot with its total, marked for htmx like <see cref="SwapSlot"/>.</summary>
    public static string SwapTotal(IEnumerable<MenuLink> links, Translate texts) => Swap(TotalCounter, Total(links, texts));

    private static string Swap(string counter, IHtmlContent badge)
    {
        using var writer = new StringWriter();
        new HtmlContentBuilder()
            .AppendHtml("<span id=\"").Append(SlotId(counter)).AppendHtml("\" hx-swap-oob=\"innerHTML\">")
            .AppendHtml(badge)
            .AppendHtml("</span>")
            .WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }

    public static IEnumerable<MenuLink> Counted(IEnumerable<MenuLink> links) => links.Where(l => l.Item.Counter is not null);
}
