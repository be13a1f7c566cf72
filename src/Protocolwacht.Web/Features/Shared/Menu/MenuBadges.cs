using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Protocolwacht.Web.Infrastructure.Localization;

namespace Protocolwacht.Web.Features.Shared.Menu;

/// <summary>
/// The counters beside menu links, as the layout renders them and as <see cref="MenuEvents"/> sends them: each
/// counted link holds a slot (<c>menu-badge-{counter}</c>, aria-live polite) whose content is the badge, or
/// nothing at zero.
/// </summary>
public static class MenuBadges
{
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
            .Append(count.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .AppendHtml("<span class=\"visually-hidden\"> ").Append(texts("nieuw")).AppendHtml("</span></span>");
    }

    /// <summary>A short text of every counter's number, handed by the page to its stream so the stream knows what the page shows.</summary>
    public static string Version(IEnumerable<MenuLink> links) =>
        string.Join('.', Counted(links).Select(l => l.Count ?? 0));

    /// <summary>A slot with its badge, marked for htmx to swap into the slot already on the page.</summary>
    public static string SwapSlot(MenuLink link, Translate texts)
    {
        ArgumentNullException.ThrowIfNull(link);
        var counter = link.Item.Counter ?? throw new ArgumentException("The link has no counter.", nameof(link));
        using var writer = new StringWriter();
        new HtmlContentBuilder()
            .AppendHtml("<span id=\"").Append(SlotId(counter)).AppendHtml("\" hx-swap-oob=\"innerHTML\">")
            .AppendHtml(Badge(counter, link.Count, texts))
            .AppendHtml("</span>")
            .WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }

    public static IEnumerable<MenuLink> Counted(IEnumerable<MenuLink> links) => links.Where(l => l.Item.Counter is not null);
}
