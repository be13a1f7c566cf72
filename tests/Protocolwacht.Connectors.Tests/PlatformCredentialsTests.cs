namespace Protocolwacht.Connectors.Tests;

public sealed class PlatformCredentialsTests
{
    [Fact]
    public void ToString_NeverContainsTheSecrets()
    {
        var credentials = new PlatformCredentials("geheim-token") { RefreshToken = "geheim-refresh", AccountId = "12345", InstanceBaseUrl = new Uri("https://social.example/") };

        var text = credentials.ToString();

        Assert.DoesNotContain("geheim", text, StringComparison.Ordinal);
        Assert.Contains("12345", text, StringComparison.Ordinal);
        Assert.Contains("***", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_InterpolatedInAMessage_StaysRedacted()
    {
        var credentials = new PlatformCredentials("geheim-token");

        Assert.DoesNotContain("geheim", $"publishing with {credentials}", StringComparison.Ordinal);
    }
}
