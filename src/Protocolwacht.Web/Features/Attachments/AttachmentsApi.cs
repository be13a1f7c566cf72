using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Persistence;

namespace Protocolwacht.Web.Features.Attachments;

/// <summary>GET /attachments/{id}: the bytes of an uploaded attachment, for signed-in staff.</summary>
public static class AttachmentsApi
{
    public static IEndpointRouteBuilder MapAttachments(this IEndpointRouteBuilder app)
    {
        app.MapGet("/attachments/{id:guid}", GetAsync).RequireAuthorization().WithName("GetAttachment").ExcludeFromDescription();
        return app;
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> GetAsync(Guid id, ProtocolwachtDbContext db, CancellationToken cancellationToken)
    {
        var file = await db.StoredAttachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        return file is null ? TypedResults.NotFound() : TypedResults.File(file.Content, file.ContentType, file.FileName);
    }
}
