using System.Net;
using System.Text;
using Protocolwacht.Connectors;

namespace Protocolwacht.Fuzz.Targets;

/// <summary>
/// What one platform's connector reads from the platform: JSON bodies and rate-limit headers. The
/// input's first byte picks the HTTP status, the second a header and whether the account id is known,
/// the bytes up to the first line break are that header's value and the rest is the body; every
/// request gets that answer. Publish (with and without an attachment), reconcile, edit and delete then
/// must each end in a typed outcome: the connector contract says they never throw for platform trouble.
/// </summary>
internal sealed class ConnectorResponseTarget : IFuzzTarget
{
    private static readonly HttpStatusCode[] Statuses =
    [
        HttpStatusCode.OK, HttpStatusCode.Created, HttpStatusCode.Accepted, HttpStatusCode.NoContent,
        HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.NotFound,
        HttpStatusCode.Conflict, HttpStatusCode.TooManyRequests, HttpStatusCode.InternalServerError, HttpStatusCode.ServiceUnavailable,
        (HttpStatusCode)206, (HttpStatusCode)302, (HttpStatusCode)422, (HttpStatusCode)599,
    ];

    private static readonly string?[] Headers =
    [
        null, "Retry-After", "x-rate-limit-reset", "ratelimit-reset", "X-RateLimit-Reset", "x-business-use-case-usage",
        "x-user-limit-24hour-reset", "x-restli-id",
    ];

    private readonly CannedPlatform _platform = new();
    private readonly HttpClient _http;
    private readonly string _channel;
    private readonly ConnectorSettings _settings;

    public ConnectorResponseTarget(string channel)
    {
        _channel = channel;
        _http = new HttpClient(_platform);
        _settings = new ConnectorSettings();

        // Polling waits are real waits; under fuzzing they would only cost time.
        _settings.Mastodon.MediaPollInterval = TimeSpan.Zero;
        _settings.Mastodon.MediaMaxPolls = 2;
        _settings.Instagram.ContainerPollInterval = TimeSpan.Zero;
        _settings.Instagram.ContainerMaxPolls = 2;
        _settings.X.ClientId = "fuzz-client";
    }

    public void Run(ReadOnlySpan<byte> input)
    {
        Describe(input);

        // A new connector per input: Bluesky keeps its session in memory, and one input must not shape the next.
        var connector = PlatformConnectorFactory.CreateAll(_ => _http, _settings, TimeProvider.System).Single(c => c.Channel == _channel);
        var credentials = new PlatformCredentials("fuzz-token")
        {
            RefreshToken = "fuzz-refresh",
            AccountId = input.Length > 1 && (input[1] & 0x80) != 0 ? null : AccountId(_channel),
        };
        var media = new PublishMedia(MediaKind.Image, "foto.jpg", "image/jpeg")
        {
            Content = new byte[] { 0xFF, 0xD8, 0xFF, 0xD9 },
            PublicUrl = new Uri("https://konot.example/media/foto.jpg"),
            AltText = "Kinderen op het schoolplein",
        };

        Expect(connector.PublishAsync(new PublishRequest("Fijne vakantie!", "outbox-1"), credentials, CancellationToken.None));
        Expect(connector.PublishAsync(new PublishRequest("Fijne vakantie!", "outbox-2", [media]), credentials, CancellationToken.None));
        Expect(connector.FindRecentAsync(new ReconcileRequest("account-1", PostFingerprint.Compute("account-1", "Fijne vakantie!"), new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero), "outbox-1"), credentials, CancellationToken.None));
        Expect(connector.EditAsync(new EditRequest(PostId(_channel), "Fijne vakantie allemaal!"), credentials, CancellationToken.None));
        Expect(connector.DeleteAsync(PostId(_channel), credentials, CancellationToken.None));
    }

    private void Describe(ReadOnlySpan<byte> input)
    {
        _platform.Status = input.Length > 0 ? Statuses[input[0] % Statuses.Length] : HttpStatusCode.OK;
        _platform.HeaderName = input.Length > 1 ? Headers[input[1] % Headers.Length] : null;
        var rest = input.Length > 2 ? input[2..] : [];
        var newline = rest.IndexOf((byte)'\n');
        _platform.HeaderValue = newline < 0 ? string.Empty : Encoding.Latin1.GetString(rest[..newline]);
        _platform.Body = (newline < 0 ? rest : rest[(newline + 1)..]).ToArray();
    }

    private static void Expect<T>(Task<T> call)
        where T : class
    {
        if (call.GetAwaiter().GetResult() is null)
        {
            throw new FuzzContractException("de connector gaf geen uitkomst");
        }
    }

    private static string AccountId(string channel) => channel switch
    {
        "bluesky" => "konot.bsky.social",
        "linkedin" => "urn:li:organization:12345",
        _ => "12345",
    };

    private static string PostId(string channel) => channel switch
    {
        "bluesky" => "at://did:plc:konot/app.bsky.feed.post/3kabc",
        "linkedin" => "urn:li:share:7000",
        _ => "7000",
    };
}
