using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence;

namespace Protocolwacht.Web.Features.Media;

/// <summary>
/// GET /media/{token}: an attachment's bytes for the platform that fetches it (Meta's servers, without signing in).
/// Answered only while the token is genuine and unexpired and its delivery is being delivered (an attempt under way);
/// a token that is not genuine is 404, one that was genuine but no longer holds is 410. Neither says anything about
/// the attachment. Never cached (<c>no-store</c>), never indexed, no file name (file names can name pupils).
/// </summary>
public static partial class MediaApi
{
    public static IEndpointRouteBuilder MapMedia(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/media/{token}", [HttpMethods.Get, HttpMethods.Head], GetAsync)
            .AllowAnonymous().WithName("GetPublicMedia").ExcludeFromDescription();
        return app;
    }

    private static async Task<Results<FileContentHttpResult, NotFound, StatusCodeHttpResult>> GetAsync(
        string token, HttpContext http, MediaLinks links, ProtocolwachtDbContext db, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["X-Robots-Tag"] = "noindex";
        var logger = loggers.CreateLogger(typeof(MediaApi));
        if (links.Read(token) is not { } ticket)
        {
            LogRefused(logger, "not signed by this app");
            return TypedResults.NotFound();
        }

        if (links.HasExpired(ticket))
        {
            LogRefused(logger, "expired");
            return TypedResults.StatusCode(StatusCodes.Status410Gone);
        }

        var delivery = await db.Deliveries.AsNoTracking().Where(d => d.Id == ticket.DeliveryId)
            .Select(d => new { d.Status, d.PostId }).SingleOrDefaultAsync(cancellationToken);
        if (delivery is not { Status: DeliveryStatus.Attempting })
        {
            LogRefused(logger, "delivery not being delivered");
            return TypedResults.StatusCode(StatusCodes.Status410Gone);
        }

        var attachments = await db.Posts.AsNoTracking().Where(p => p.Id == delivery.PostId).Select(p => p.Attachments).SingleOrDefaultAsync(cancellationToken);
        var file = attachments?.Any(a => a.BlobId == ticket.AttachmentId) == true
            ? await db.StoredAttachments.AsNoTracking().Where(a => a.Id == ticket.AttachmentId)
                .Select(a => new { a.ContentType, a.Content }).SingleOrDefaultAsync(cancellationToken)
            : null;
        if (file is null)
        {
            // Removed since (a withdrawn consent, the post edited): gone, like an expired address.
            LogRefused(logger, "attachment no longer part of the post");
            return TypedResults.StatusCode(StatusCodes.Status410Gone);
        }

        http.Response.Headers.XContentTypeOptions = "nosniff";
        LogServed(logger, ticket.DeliveryId);
        return TypedResults.File(file.Content, file.ContentType);
    }

    // Only the delivery id (no person, no file name, no token) is logged.
    [LoggerMessage(Level = LogLevel.Information, Message = "Public media served for delivery {DeliveryId}")]
    private static partial void LogServed(ILogger logger, Guid deliveryId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Public media refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string reason);
}
