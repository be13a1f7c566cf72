using Microsoft.AspNetCore.Http.HttpResults;
using Protocolwacht.Domain.ProtocolDocument;
using Protocolwacht.Persistence.Protocol;
using Protocolwacht.Web.Features.SignIn;

namespace Protocolwacht.Web.Features.Protocol;

public static class ProtocolApi
{
    public static IEndpointRouteBuilder MapProtocol(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/protocol").WithTags("Protocol");

        group.MapGet("/current", GetCurrentAsync)
            .WithName("GetCurrentProtocol")
            .WithSummary("The current protocol version with every part by id (public).")
            .AllowAnonymous();
        group.MapGet("/parts/{id}", GetPartAsync)
            .WithName("GetProtocolPart")
            .WithSummary("One part of the current protocol (R4, DONT2, ACCOUNT, …), for showing beside a finding.")
            .AllowAnonymous();
        group.MapGet("/acknowledgements/me", GetMineAsync)
            .WithName("GetMyAcknowledgement")
            .WithSummary("Whether the signed-in staff member has acknowledged the current version.");
        group.MapPost("/acknowledgements", AcknowledgeAsync)
            .WithName("AcknowledgeProtocol")
            .WithSummary("Records \"gelezen en begrepen\" for the current version by the signed-in staff member.");
        group.MapGet("/acknowledgements", ListAsync)
            .WithName("ListAcknowledgements")
            .WithSummary("Every staff member and whether they acknowledged the current version (administrators).")
            .RequireAuthorization(Policies.Admin);
        return app;
    }

    internal static async Task<Results<Ok<ProtocolDto>, NotFound>> GetCurrentAsync(ProtocolVersions versions, CancellationToken cancellationToken) =>
        await versions.CurrentAsync(cancellationToken) is { } current ? TypedResults.Ok(current.AsDto()) : TypedResults.NotFound();

    internal static async Task<Results<Ok<ProtocolPartDto>, NotFound>> GetPartAsync(string id, ProtocolVersions versions, CancellationToken cancellationToken) =>
        (await versions.CurrentAsync(cancellationToken))?.Document.FindPart(id) is { } part
            ? TypedResults.Ok(part.AsDto())
            : TypedResults.NotFound();

    internal static async Task<Results<Ok<MyAcknowledgementDto>, ForbidHttpResult>> GetMineAsync(CurrentStaff current, IProtocolAcknowledgements acknowledgements, CancellationToken cancellationToken)
    {
        var staff = await current.GetAsync(cancellationToken);
        return staff is null
            ? TypedResults.Forbid()
            : TypedResults.Ok(new MyAcknowledgementDto(staff.Id, await acknowledgements.HasAcknowledgedCurrentAsync(staff.Id, cancellationToken)));
    }

    internal static async Task<Results<Ok<AcknowledgementResponse>, Conflict<AcknowledgementResponse>, ForbidHttpResult>> AcknowledgeAsync(
        AcknowledgeRequest request, CurrentStaff current, IProtocolAcknowledgements acknowledgements, CancellationToken cancellationToken)
    {
        var staff = await current.GetAsync(cancellationToken);
        if (staff is null)
        {
            return TypedResults.Forbid();
        }

        var result = await acknowledgements.AcknowledgeAsync(staff.Id, request.VersionNumber, cancellationToken);
        return result == AcknowledgementResult.NotCurrentVersion
            ? TypedResults.Conflict(new AcknowledgementResponse(request.VersionNumber, "not-current-version", "Alleen de huidige versie kan worden bevestigd."))
            : TypedResults.Ok(new AcknowledgementResponse(request.VersionNumber, result == AcknowledgementResult.Recorded ? "recorded" : "already-recorded", "Gelezen en begrepen is vastgelegd."));
    }

    internal static async Task<Ok<List<AcknowledgementStatus>>> ListAsync(IProtocolAcknowledgements acknowledgements, CancellationToken cancellationToken) =>
        TypedResults.Ok(await acknowledgements.StatusOfCurrentAsync(cancellationToken));
}

public sealed record ProtocolDto(int Number, string Title, DateTimeOffset PublishedAt, string? ChangeNote, IReadOnlyList<ProtocolPartDto> Parts);

public sealed record ProtocolPartDto(string Id, string Text, bool CoreValue);

public sealed record AcknowledgeRequest(int VersionNumber);

public sealed record AcknowledgementResponse(int VersionNumber, string Status, string Message);

public sealed record MyAcknowledgementDto(string StaffId, bool AcknowledgedCurrent);

internal static class ProtocolMapping
{
    public static ProtocolDto AsDto(this PublishedProtocol protocol) =>
        new(protocol.Number, protocol.Document.Title, protocol.PublishedAt, protocol.ChangeNote, [.. protocol.Document.Parts.Select(p => p.AsDto())]);

    public static ProtocolPartDto AsDto(this ProtocolPart part) => new(part.Id, part.PlainText, part.IsCoreValue);
}
