using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Protocolwacht.Persistence.Posts;
using Protocolwacht.Web.Features.Checks;
using Protocolwacht.Web.Features.Notifications;
using Protocolwacht.Web.Features.Publishing;
using Protocolwacht.Web.Infrastructure.Localization;
using static Protocolwacht.Web.Tests.Support.Cultures;

namespace Protocolwacht.Web.Tests.Publishing;

/// <summary>
/// The reasons the publisher itself gives for a failed delivery (not a platform's refusal) reach the author on the post
/// page (through <see cref="UiTranslator"/>) and in the notice "Publicatie op … is mislukt: …" (through
/// <see cref="MailTexts"/>): both read English for an English reader, and stay as stored for a Dutch one.
/// </summary>
public sealed class DeliveryReasonLanguageTests
{
    private static readonly ResourceManagerStringLocalizerFactory Resources = new(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);

    private static readonly UiTranslator Translator = new(
        new StringLocalizer<UiText>(Resources), new FindingMessages(new StringLocalizer<FindingMessages>(Resources)), new DeliveryReasons(new StringLocalizer<DeliveryReasons>(Resources)));

    private static readonly MailTexts Mail = new(new StringLocalizer<MailTexts>(Resources), Translator);

    public static TheoryData<string, string> Reasons => new()
    {
        { DeliveryProcessor.NotAcknowledged, "Not posted, because there is a new version of the protocol: read it on /protocol, confirm 'read and understood' and then try again." },
        { DeliveryProcessor.NotConnected, "This account is not (or no longer) connected to the platform. Connect it again and try once more." },
    };

    [Theory]
    [MemberData(nameof(Reasons))]
    public void PublishersOwnReason_OnThePostPage_IsEnglishForAnEnglishReader_AndAsStoredForADutchOne(string reason, string english)
    {
        var forDutch = InCulture("nl-NL", () => Translator.Translate(reason));
        var forEnglish = InCulture("en", () => Translator.Translate(reason));

        Assert.Equal(reason, forDutch);
        Assert.Equal(english, forEnglish);
    }

    [Theory]
    [MemberData(nameof(Reasons))]
    public void PublishersOwnReason_InTheFailureNotice_IsEnglishForAnEnglishReader_AndAsStoredForADutchOne(string reason, string english)
    {
        var notice = $"Publicatie op regenboog-x is mislukt: {reason}"; // DeliveryProcessor.FinishAsync's notice

        var forDutch = InCulture("nl-NL", () => Mail.Notice(notice));
        var forEnglish = InCulture("en", () => Mail.Notice(notice));

        Assert.Equal(notice, forDutch);
        Assert.Equal($"Publishing on regenboog-x failed: {english}", forEnglish);
    }

    [Fact]
    public void ReasonThatNoTemplateFits_StaysDutch_SoTheTestsAboveCanFail()
    {
        // The stop-41 text: its tail was the composer's refusal, glued after a sentence no template held.
        var forEnglish = InCulture("en", () => Translator.Translate(OldDeliveryReasons.NotAcknowledgedBefore));

        Assert.Contains("er is een nieuwe versie van het protocol", forEnglish, StringComparison.Ordinal);
    }

    [Fact]
    public void OldDeliveryMappedByTheMigration_ReadsEnglish_OnThePostPageAndInItsNotice()
    {
        // OldDeliveryReasonCodes writes this sentence over the stop-41 one (Persistence.Tests: OldDeliveryReasonsTests);
        // it must be the publisher's own sentence, the key DeliveryReasons.resx translates.
        var mapped = OldDeliveryReasons.NotAcknowledged;

        Assert.Equal(DeliveryProcessor.NotAcknowledged, mapped);
        Assert.StartsWith("Not posted, because there is a new version", InCulture("en", () => Translator.Translate(mapped)), StringComparison.Ordinal);
        Assert.StartsWith("Publishing on regenboog-x failed: Not posted, because", InCulture("en", () => Mail.Notice($"Publicatie op regenboog-x is mislukt: {mapped}")), StringComparison.Ordinal);
    }
}
