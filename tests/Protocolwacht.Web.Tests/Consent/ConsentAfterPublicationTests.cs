using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Archive;
using Protocolwacht.Domain.Consent;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence.Archive;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Features.Consent;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Consent;

/// <summary>
/// Consent honoured after confirmation and after publication (issue #11 item 3): checked again at the moment
/// of delivery, and a published photo of a pupil whose consent was withdrawn comes down through the deletion
/// flow (a second person approves) and out of the archive.
/// </summary>
public sealed partial class ConsentAfterPublicationTests(FreshDatabaseApp apps) : IClassFixture<FreshDatabaseApp>
{
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    [Theory]
    [AllDatabases]
    public async Task ConsentWithdrawnOneSecondBeforeTheDelivery_ThePostIsNeverDelivered(DatabaseProvider database)
    {
        var app = await apps.FreshAsync(database);
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        using var karin = await app.SignInAsync("karin.mulder");
        var due = app.Time.GetUtcNow() + TimeSpan.FromHours(2);
        var withPupil = await ComposeWithPhotoAsync(tom, "Onze voorleeskampioen op het podium.", "noah.bos", due);
        var control = await tom.ComposeAsync("Morgen is de ouderavond in de aula.", due, "regenboog-x");
        await tom.PublishAsync(withPupil);
        await tom.PublishAsync(control);
        var dueAt = await app.WithDbAsync(db => db.Deliveries.Where(d => d.PostId == withPupil).Select(d => d.DueAt).SingleAsync());
        Assert.Equal(dueAt, await app.WithDbAsync(db => db.Deliveries.Where(d => d.PostId == control).Select(d => d.DueAt).SingleAsync()));
        await app.AdvanceAsync(dueAt - app.Time.GetUtcNow() - TimeSpan.FromSeconds(1));
        Assert.Equal(0, await app.WithDbAsync(db => db.SandboxPublications.CountAsync()));

        var withdrawn = await karin.PostAsJsonAsync(new Uri("/api/consent/students/noah.bos", UriKind.Relative),
            new ConsentChangeBody(ConsentPurpose.PhotoOnSocialMedia, "no", "ellen.bos", null, false, "Ouder trekt toestemming in."));
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        await app.AdvanceAsync(TimeSpan.FromSeconds(1));
        await app.AdvanceAsync(TimeSpan.FromMinutes(30));

        var published = await app.WithDbAsync(db => db.SandboxPublications.Select(p => p.Text).ToListAsync());
        Assert.Equal(["Morgen is de ouderavond in de aula."], published); // the control post at the same moment went out
        var held = await app.WithDbAsync(db => db.Deliveries.SingleAsync(d => d.PostId == withPupil));
        Assert.NotEqual(DeliveryStatus.Published, held.Status);
        Assert.Equal(0, held.Attempts);
        Assert.StartsWith("Tegengehouden: een leerling in dit bericht heeft geen toestemming", held.LastError, StringComparison.Ordinal);
        var notified = await app.WithDbAsync(db => db.Notifications.Where(n => n.Text.Contains("tegengehouden")).Select(n => n.RecipientId).Distinct().ToListAsync());
        Assert.Equal(["karin.mulder", "tom.hendriks"], notified.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ConsentWithdrawnAfterPublication_TakedownTask_ApprovedByASecondPerson_DeletesAndRedactsTheArchive()
    {
        var app = await apps.FreshAsync();
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        using var karin = await app.SignInAsync("karin.mulder");
        using var sanne = await app.SignInAsync("sanne.deboer");
        var id = await ComposeWithPhotoAsync(tom, "Onze voorleeskampioen op het podium.", "noah.bos", null);
        await tom.PublishAsync(id);
        await app.AdvanceAsync(app.UndoPeriod);
        Assert.Equal(1, await app.WithDbAsync(db => db.SandboxPublications.CountAsync()));

        await karin.PostAsJsonAsync(new Uri("/api/consent/students/noah.bos", UriKind.Relative),
            new ConsentChangeBody(ConsentPurpose.PhotoOnSocialMedia, "no", "ellen.bos", null, false, null));
        var task = await app.WithDbAsync(db => db.PostChanges.SingleAsync());
        Assert.Equal((PostChangeStatus.Proposed, "noah.bos", ConsentFollowUp.Origin), (task.Status, task.StudentId, task.Origin));
        Assert.True(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.RecipientId == "sanne.deboer" && n.Link.Contains(id.ToString()))));

        var page = await sanne.GetPageAsync($"/posts/{id}");
        Assert.Contains("data-testid=\"take-up\"", page, StringComparison.Ordinal);
        await sanne.OnPostPageAsync(id, "TakeUp", new() { ["changeId"] = task.Id.ToString(), ["reason"] = task.Reason });
        await app.AdvanceAsync(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await app.WithDbAsync(db => db.SandboxPublications.CountAsync())); // not before a second person approves

        await karin.OnPostPageAsync(id, "Decide", new() { ["changeId"] = task.Id.ToString(), ["approve"] = "true" });
        await app.AdvanceAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(0, await app.WithDbAsync(db => db.SandboxPublications.CountAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.StoredAttachments.CountAsync()));
        var published = await app.WithDbAsync(db => new ArchiveStore(db).FindAsync(1));
        Assert.Equal(ArchiveRecordTypes.Published, published!.Record.Type);
        Assert.Null(published.Content); // redacted
        var report = await app.WithDbAsync(db => new ArchiveStore(db).VerifyAsync());
        Assert.True(report.Intact, string.Join("; ", report.Problems.Select(p => p.Message)));
        Assert.Equal(1, report.Redacted);
        var types = await app.WithDbAsync(db => db.ArchiveRecords.OrderBy(r => r.Sequence).Select(r => r.Type).ToListAsync());
        Assert.Equal([ArchiveRecordTypes.Published, ArchiveRecordTypes.Tombstone, ArchiveRecordTypes.Redaction], types);
    }

    internal static Task<Guid> ComposeWithPhotoAsync(AppClient client, string text, string pupil, DateTimeOffset? scheduledAt) =>
        ComposeWithPhotoAsync(client, text, [pupil], scheduledAt);

    /// <summary>A post with one photo that shows every one of <paramref name="pupils"/>.</summary>
    internal static async Task<Guid> ComposeWithPhotoAsync(AppClient client, string text, IReadOnlyList<string> pupils, DateTimeOffset? scheduledAt)
    {
        var page = await client.GetPageAsync("/compose");
        var token = Token().Match(page).Groups[1].Value;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken" },
            { new StringContent(text), "Form.Text" },
            { new StringContent("regenboog-x"), "Form.AccountIds" },
            { new StringContent("own"), "Form.UploadSource" },
            { new StringContent("De winnaar met de beker"), "Form.UploadDescription" },
        };
        foreach (var pupil in pupils)
        {
            form.Add(new StringContent(pupil), "Form.UploadDepicts");
        }

        if (scheduledAt is { } at)
        {
            var local = TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam"));
            form.Add(new StringContent(local.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture)), "Form.ScheduledAt");
        }

        var file = new ByteArrayContent(Png);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(file, "Form.Upload", "kampioen.png");
        var response = await client.PostAsync(new Uri("/compose?handler=Next", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Guid.Parse(PostPath().Match(response.Headers.Location!.OriginalString).Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("/posts/([0-9a-f-]{36})")]
    private static partial Regex PostPath();
}
