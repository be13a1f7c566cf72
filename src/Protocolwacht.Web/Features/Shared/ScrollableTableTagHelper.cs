using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;
using Protocolwacht.Web.Infrastructure.Localization;

namespace Protocolwacht.Web.Features.Shared;

/// <summary>
/// Puts every table of every page in a region that scrolls sideways by itself, so a wide table on a phone
/// does not widen the whole page. The region is named after the table (its aria-label or aria-labelledby),
/// because a screen reader announces it; table-scroll.js makes it keyboard-focusable only while it actually
/// overflows, so a laptop's keyboard user does not get an extra tab stop per table (WCAG 2.1.1, 1.4.10).
/// </summary>
[HtmlTargetElement("table")]
public sealed class ScrollableTableTagHelper(IStringLocalizer<UiText> texts) : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        output.PreElement.AppendHtml($"<div class=\"table-scroll\" role=\"region\" {NameOf(output)}>");
        output.PostElement.AppendHtml("</div>");
    }

    private string NameOf(TagHelperOutput table)
    {
        if (table.Attributes.TryGetAttribute("aria-labelledby", out var labelledBy))
        {
            return $"aria-labelledby=\"{HtmlEncoder.Default.Encode(labelledBy.Value?.ToString() ?? "")}\"";
        }

        var label = table.Attributes.TryGetAttribute("aria-label", out var own) ? own.Value?.ToString() : null;
        return $"aria-label=\"{HtmlEncoder.Default.Encode(string.IsNullOrWhiteSpace(label) ? texts["Tabel"] : label)}\"";
    }
}
