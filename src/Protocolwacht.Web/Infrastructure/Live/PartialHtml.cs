using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Protocolwacht.Web.Infrastructure.Live;

/// <summary>
/// Renders a Razor partial into a string on a page's own context, so a stream sends exactly the markup the
/// page renders (tag helpers resolve the page's handlers and route values as on the page).
/// </summary>
public sealed class PartialHtml(IRazorViewEngine views)
{
    public async Task<string> RenderAsync(PageModel page, string path, object model, IReadOnlyDictionary<string, object?>? viewData = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        var view = views.GetView(executingFilePath: null, viewPath: path, isMainPage: false).EnsureSuccessful(originalLocations: null).View
            ?? throw new InvalidOperationException($"No view at {path}.");
        var data = new ViewDataDictionary(page.ViewData) { Model = model };
        foreach (var (key, value) in viewData ?? new Dictionary<string, object?>())
        {
            data[key] = value;
        }

        await using var writer = new StringWriter();
        var context = new ViewContext(page.PageContext, view, data, page.TempData, writer, new HtmlHelperOptions());
        await view.RenderAsync(context);
        return writer.ToString();
    }
}
