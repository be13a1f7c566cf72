using Protocolwacht.Connectors.Http;

namespace Protocolwacht.Connectors.Bluesky;

/// <summary>
/// Bluesky settings. <see cref="ConnectorOptions.BaseUrl"/> is the PDS (the account's host) used
/// when <see cref="PlatformCredentials.InstanceBaseUrl"/> is not set.
/// </summary>
public sealed class BlueskyOptions() : ConnectorOptions(new Uri("https://bsky.social/"))
{
    /// <summary>The web app that shows posts; used to build the link people can open.</summary>
    public Uri WebAppUrl { get; set; } = new("https://bsky.app/");

    /// <summary>Language tags stored in each post record; empty for none.</summary>
    public IReadOnlyList<string> Languages { get; set; } = ["nl"];

    /// <summary>Records per page when reconciling (listRecords allows 1 to 100).</summary>
    public int ReconcilePageSize { get; set; } = 50;

    /// <summary>Levels of replies asked of getPostThread (the lexicon allows up to 1000; the default is 6).</summary>
    public int ReactionDepth { get; set; } = 20;

    /// <summary>
    /// The moderation service a report goes to: the PDS passes <c>com.atproto.moderation.createReport</c> on to the
    /// service named in the <c>atproto-proxy</c> header (Bluesky's own moderation service by default).
    /// </summary>
    public string ModerationService { get; set; } = "did:plc:ar7c4by46qjdydhdevvrndac#atproto_labeler";
}
