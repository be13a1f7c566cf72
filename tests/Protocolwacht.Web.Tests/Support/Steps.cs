using System.Net;
using System.Text.RegularExpressions;

namespace Protocolwacht.Web.Tests.Support;

/// <summary>The workflow steps as a person takes them in the app, one HTTP form post each.</summary>
public static partial class Steps
{
    /// <summary>Writes a post in the composer and saves it; returns the new post's id.</summary>
    public static async Task<Guid> ComposeAsync(this AppClient author, string text, params string[] accounts)
    {
        ArgumentNullException.ThrowIfNull(author);
        var response = await author.PostFormAsync("/compose", new()
        {
            ["Form.Text"] = text,
            ["Form.AccountIds"] = AppClient.Many(accounts),
        }, handler: "Next");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var match = PostPath().Match(response.Headers.Location!.OriginalString);
        Assert.True(match.Success, $"Composer redirected to {response.Headers.Location}");
        return Guid.Parse(match.Groups[1].Value);
    }

    /// <summary>Posts a form on the post's page (request advice, approve, return, cancel …) and returns the page after the redirect.</summary>
    public static async Task<string> OnPostPageAsync(this AppClient person, Guid postId, string handler, Dictionary<string, string>? fields = null)
    {
        ArgumentNullException.ThrowIfNull(person);
        var response = await person.PostFormAsync($"/posts/{postId}", fields ?? [], handler);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await person.GetPageAsync($"/posts/{postId}");
    }

    public static async Task<HttpResponseMessage> ConfirmPublicationAsync(this AppClient author, Guid postId)
    {
        ArgumentNullException.ThrowIfNull(author);
        return await author.PostFormAsync($"/posts/{postId}/publish", []);
    }

    /// <summary>The mail body with quoted-printable soft line breaks removed, so links can be matched whole.</summary>
    public static string Body(this TestSupport.ReceivedMail mail) => mail?.Raw.Replace("=\r\n", "", StringComparison.Ordinal) ?? "";

    [GeneratedRegex("/posts/([0-9a-f-]{36})")]
    private static partial Regex PostPath();
}
