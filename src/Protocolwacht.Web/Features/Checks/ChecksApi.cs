using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Protocolwacht.Checks.Batch;
using Protocolwacht.Connectors;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence;
using Protocolwacht.Web.Features.Publishing;
using Protocolwacht.Web.Features.Shared;
using Protocolwacht.Web.Features.SignIn;

namespace Protocolwacht.Web.Features.Checks;

/// <summary>
/// POST /api/checks: the batch contract of spec/protocol-checks.md over HTTP. One JSON object in gives
/// one object out; a JSON array gives an array; JSON lines (application/x-ndjson) give JSON lines, one
/// per input line in the same order, a bad line answered with an error naming its line number.
/// POST /api/checks/live: the composer's check while typing.
/// </summary>
public static class ChecksApi
{
    public static WebApplicationBuilder AddChecks(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<CheckerSnapshot>();
        builder.Services.AddSingleton<FindingMessages>(); // the pages' language for findings; the batch API stays Dutch
        return builder;
    }

    public static IEndpointRouteBuilder MapChecks(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/checks").WithTags("Controle").RequireAuthorization();
        group.MapPost("/", CheckBatchAsync).WithName("CheckPosts").WithSummary("Controleert berichten volgens het batchcontract.")
            .Accepts<CheckRequestJson>("application/json", "application/x-ndjson");
        group.MapPost("/live", LiveCheckAsync).WithName("LiveCheck").WithSummary("Controleert een concept terwijl de auteur typt.");
        return app;
    }

    private static async Task<IResult> CheckBatchAsync(HttpRequest request, CheckerSnapshot snapshot, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(cancellationToken);
        var checker = await snapshot.CurrentAsync(cancellationToken);
        var readerId = request.HttpContext.User.Identity?.Name ?? string.Empty;
        var trimmed = body.TrimStart();
        if (request.ContentType?.Contains("ndjson", StringComparison.OrdinalIgnoreCase) == true)
        {
            var output = new StringBuilder();
            var lines = body.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                output.Append(BatchCheck.One(checker, lines[i], i + 1, readerId).Json).Append('\n');
            }

            return Results.Text(output.ToString(), "application/x-ndjson", Encoding.UTF8);
        }

        if (trimmed.StartsWith('['))
        {
            return BatchCheck.Array(checker, body, readerId) is { } array
                ? Results.Text(array, "application/json", Encoding.UTF8)
                : Results.Text(BatchFormat.WriteError(null, 1, "geen geldige JSON-lijst"), "application/json", Encoding.UTF8, StatusCodes.Status400BadRequest);
        }

        var single = BatchCheck.One(checker, body.ReplaceLineEndings(" "), 1, readerId);
        return Results.Text(single.Json, "application/json", Encoding.UTF8, single.Valid ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }

    private static async Task<Results<Ok<LiveCheckResponse>, ValidationProblem>> LiveCheckAsync(
        LiveCheckRequest body, HttpContext http, CheckerSnapshot snapshot, PlatformRules platformRules, FindingMessages messages, ProtocolwachtDbContext db, CurrentStaff current, CancellationToken cancellationToken)
    {
        if (body.Text is { Length: > PostContent.MaxTextLength } tooLong)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = [TooLongDraft.Refusal(tooLong.Length)] });
        }

        var checker = await snapshot.CurrentAsync(cancellationToken);
        var author = http.User.Identity?.Name;
        var attachments = (body.Attachments ?? []).Select(a => a.ToPostAttachment()).ToList();
        var text = body.Text ?? string.Empty;
        var organisation = await snapshot.OrganisationAsync(cancellationToken);
        var replyTo = body.Personal ? null
            : await LiveReplyContext.ForAsync(db, organisation, await current.GetAsync(cancellationToken), current.IsAdmin, body.ReplyToReactionId, body.ReplyAudience, cancellationToken);
        var result = body.Personal || author is null
            ? PostCheck.RunPersonal(checker, text, author ?? string.Empty, attachments)
            : PostCheck.Run(checker, text, body.Accounts ?? [], author, attachments, replyTo);
        var lengths = (body.Accounts ?? []).Select(organisation.FindAccount).OfType<Domain.Organisation.OfficialAccount>()
            .Select(a => (Account: a, Rule: platformRules.For(a))).Where(x => x.Rule is not null)
            .Select(x => Length(x.Account.Id, x.Rule!, text)).ToList();
        return TypedResults.Ok(LiveCheckResponse.From(result, lengths, messages));
    }

    private static LiveLength Length(string accountId, PlatformCapabilities rule, string text)
    {
        var length = TextLength.Measure(text, rule.TextLengthUnit);
        return new LiveLength(accountId, rule.DisplayName, length, rule.MaxTextLength, LengthUnits.Code(rule.TextLengthUnit), length <= rule.MaxTextLength);
    }
}
