using Microsoft.AspNetCore.Mvc;

namespace Protocolwacht.Web.Features.Posts;

public sealed partial class DetailModel
{
    /// <summary>
    /// <c>GET /posts/{id}?handler=events</c>: the page's event stream (<see cref="PostLiveStream"/>), under the page's
    /// own access rule (404 for anyone who may not open the page).
    /// </summary>
    /// <param name="since">The <see cref="LiveVersion"/> the page was rendered with: nothing is sent while it still holds.</param>
    public async Task<IActionResult> OnGetEventsAsync(Guid id, string? since, [FromServices] PostLiveStream stream, [FromServices] IHostApplicationLifetime lifetime, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(lifetime);
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.ApplicationStopping);
        try
        {
            await stream.RunAsync(this, since, stopping.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The page was closed or the app is stopping: the stream simply ends.
        }

        return new EmptyResult();
    }
}
