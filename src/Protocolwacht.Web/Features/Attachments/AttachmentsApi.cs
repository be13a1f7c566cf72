using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Persistence;
using Protocolwacht.Web.Features.Posts;

namespace Protocolwacht.Web.Features.Attachments;

/// <summary>
/// GET /attachments/{id}: the bytes of an uploaded attachment, to exactly those who may see a post that
/// holds it (<see cref="PostAccess.MayView"/>); everyone else gets 404, as for the post page, so an id
/// reveals nothing. Served with the content type its bytes were verified as and <c>nosniff</c>, so a
/// browser never reads it as anything else.
/// </summary>
public static class AttachmentsApi
{
    public static IEndpointRouteBuilder MapAttachments(this IEndpointRouteBuilder app)
    {
        app.MapGet("/attachments/{id:guid}", GetAsync).RequireAuthorization().WithName("GetAttachment").ExcludeFromDescription();
        return app;
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> GetAsync(Guid id, HttpContext http, ProtocolwachtDbContext db, CancellationToken cancellationToken)
    {
        var uploader = await db.StoredAttachments.AsNoTracking().Where(a => a.Id == id).Select(a => a.UploadedBy).SingleOrDefaultAsync(cancellationToken);
        if (uploader is null || !await MaySeeAsync(http.User, id, uploader, db, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var file = await db.StoredAttachments.AsNoTracking().SingleAsync(a => a.Id == id, cancellationToken);
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    // Attachments are only added to their uploader's own posts (the composer stores a new upload with the draft),
    // so the posts to look at are the uploader's.
    private static async Task<bool> MaySeeAsync(ClaimsPrincipal user, Guid id, string uploader, ProtocolwachtDbContext db, CancellationToken cancellationToken)
    {
        var posts = await db.Posts.AsNoTracking().Where(p => p.AuthorId == uploader).ToListAsync(cancellationToken);
        return posts.Any(p => p.Attachments.Any(a => a.BlobId == id) && PostAccess.MayView(user, p));
    }
}
