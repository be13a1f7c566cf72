using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Protocolwacht.TestSupport;

// The workflow steps as a person takes them in the app, one form post each.
public sealed partial class AppClient
{
    /// <summary>Writes a post in the composer and saves it ("Opslaan en verder"); returns the new post's id.</summary>
    public Task<Guid> ComposeAsync(string text, params string[] accounts) => ComposeAsync(text, scheduledAt: null, accounts);

    /// <summary>Writes a post to be published at <paramref name="scheduledAt"/> (Dutch local time in the form); returns its id.</summary>
    public async Task<Guid> ComposeAsync(string text, DateTimeOffset? scheduledAt, params string[] accounts)
    {
        var fields = new Dictionary<string, string> { ["Form.Text"] = text, ["Form.AccountIds"] = Many(accounts) };
        if (scheduledAt is { } at)
        {
            var local = TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam"));
            fields["Form.ScheduledAt"] = local.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
        }

        var response = await PostFormAsync("/compose", fields, handler: "Next");
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await FailureOf(response));
        var match = PostPath().Match(response.Headers.Location!.OriginalString);
        Assert.True(match.Success, $"Composer redirected to {response.Headers.Location}");
        return Guid.Parse(match.Groups[1].Value);
    }

    /// <summary>"Advies vragen" on the post's page; returns the page after the step.</summary>
    public Task<string> RequestAdviceAsync(Guid postId, string? question = null) =>
        OnPostPageAsync(postId, "RequestAdvice", question is null ? null : new() { ["question"] = question });

    /// <summary>The manager approves; returns the post's page after the step.</summary>
    public Task<string> ApproveAsync(Guid postId, string? comment = null) =>
        OnPostPageAsync(postId, "Approve", comment is null ? null : new() { ["comment"] = comment });

    /// <summary>The manager sends the post back with <paramref name="comment"/>.</summary>
    public Task<string> ReturnAsync(Guid postId, string comment) => OnPostPageAsync(postId, "Return", new() { ["comment"] = comment });

    /// <summary>"Ja, publiceren" on the confirmation page; the post then waits out the undo period.</summary>
    public Task<HttpResponseMessage> PublishAsync(Guid postId) => PostFormAsync($"/posts/{postId}/publish", []);

    /// <summary>Undo within the undo period; returns the post's page after the step.</summary>
    public Task<string> CancelPublicationAsync(Guid postId) => OnPostPageAsync(postId, "Cancel");

    /// <summary>Posts a form on the post's page (any handler) and returns the page after the redirect.</summary>
    public async Task<string> OnPostPageAsync(Guid postId, string handler, Dictionary<string, string>? fields = null)
    {
        var response = await PostFormAsync($"/posts/{postId}", fields ?? [], handler);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await FailureOf(response));
        return await GetPageAsync($"/posts/{postId}");
    }

    [GeneratedRegex("/posts/([0-9a-f-]{36})")]
    private static partial Regex PostPath();
}
