using System.Xml.Linq;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Protocolwacht.Checks;
using Protocolwacht.Checks.Batch;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Domain.PostingRights;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Features.Checks;
using Protocolwacht.Web.Features.Posts;
using Protocolwacht.Web.Features.Publishing;
using Protocolwacht.Web.Features.Reactions;
using Protocolwacht.Web.Infrastructure.Localization;
using static Protocolwacht.Web.Tests.Support.Cultures;

namespace Protocolwacht.Web.Tests.Checks;

/// <summary>
/// One message per refusal (stop 46): the posting-rights policy's reasons (Dutch, in the domain, for the check, the CLI
/// and the pages alike) are translated from one place, the check's messages (FindingMessages), which the pages'
/// translator reaches for a part no interface text fits. Until now UiText held the same nine sentences again, so a
/// reworded English entry in one would have left the finding and the confirmation page saying different things.
/// </summary>
public sealed class PostingRightsRefusalTextTests
{
    private static readonly ResourceManagerStringLocalizerFactory Resources = new(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);
    private static readonly FindingMessages Messages = new(new StringLocalizer<FindingMessages>(Resources));
    private static readonly UiTranslator Translator = new(new StringLocalizer<UiText>(Resources), Messages, new DeliveryReasons(new StringLocalizer<DeliveryReasons>(Resources)));

    [Fact]
    public void NoSentence_LivesBothInTheChecksMessages_AndInTheInterfaceTexts()
    {
        var findings = Keys("Features/Checks/FindingMessages.resx");
        var interfaceTexts = Keys("Infrastructure/Localization/UiText.resx");

        var twice = findings.Where(k => k.EndsWith('.') && interfaceTexts.Contains(k)).ToList();

        Assert.Contains("Op een schoolaccount plaatst alleen een {0}; jouw rol is {1}.", findings); // the source of the reasons' English
        Assert.True(twice.Count == 0, $"Sentences in both FindingMessages.resx and UiText.resx (keep them in one):\n{string.Join('\n', twice)}");
    }

    public static TheoryData<string, string, string, string> Denials => new()
    {
        { "tom.hendriks", "konot-x", """{"kind":"organisation","channel":"x"}""", "nl-NL" },
        { "tom.hendriks", "konot-x", """{"kind":"organisation","channel":"x"}""", "en" },
        { "sanne.deboer", "regenboog-x", """{"kind":"school","school":"regenboog","channel":"x"}""", "nl-NL" },
        { "sanne.deboer", "regenboog-x", """{"kind":"school","school":"regenboog","channel":"x"}""", "en" },
        { "tom.hendriks", "kompas-instagram", """{"kind":"school","school":"kompas","channel":"instagram"}""", "nl-NL" },
        { "tom.hendriks", "kompas-instagram", """{"kind":"school","school":"kompas","channel":"instagram"}""", "en" },
    };

    [Theory]
    [MemberData(nameof(Denials))]
    public void PostingRightsReason_IsTheSame_InTheFinding_TheConfirmationsRefusal_AndTheReplyPages(string staffId, string accountId, string accountJson, string culture)
    {
        var organisation = OrganisationModel.Demo;
        var account = organisation.FindAccount(accountId)!;
        var reason = new PostingRightsPolicy(organisation.PostingRights).Decide(organisation.FindStaff(staffId)!, PostingTarget.For(account)).Reason;
        var request = BatchFormat.ParseLine($$"""{"text":"Wat een mooie sportdag vandaag!","account":{{accountJson}},"author":"{{staffId}}"}""", 1).Request!;
        var finding = Assert.Single(ProtocolChecker.Create(organisation).Check(request).Findings, f => f.Category == "unauthorized").Message;

        var (said, inFinding, onConfirmation, onReply) = InCulture(culture, () => (
            Messages.Of(reason),
            Messages.Of(finding),
            Translator.Translate(PostWorkflow.NotAllowedOn(account.Handle, reason)),
            Translator.Translate(ReplyModel.NotAllowedToReply(account.Handle, reason))));

        Assert.Contains(said, inFinding, StringComparison.Ordinal);
        Assert.Contains(said, onConfirmation, StringComparison.Ordinal);
        Assert.Contains(said, onReply, StringComparison.Ordinal);
        if (culture == "en")
        {
            // Translated, not passed through: the same sentence in Dutch would pass the three checks above too.
            Assert.NotEqual(reason, said);
            Assert.DoesNotContain("jouw rol", inFinding + onConfirmation + onReply, StringComparison.Ordinal);
            Assert.DoesNotContain("Je mag", inFinding + onConfirmation + onReply, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(reason, said);
        }
    }

    [Fact]
    public void ReplyRefusal_InEnglish_SaysTheSentenceAroundTheReason_AndForSomeoneOutsideTheOrganisation_Why()
    {
        var organisation = OrganisationModel.Demo;
        var reason = new PostingRightsPolicy(organisation.PostingRights).Decide(organisation.FindStaff("tom.hendriks")!, PostingTarget.For(organisation.FindAccount("kompas-instagram")!)).Reason;

        var english = InCulture("en", () => Translator.Translate(ReplyModel.NotAllowedToReply("@kckompas", reason)));
        var outsider = InCulture("en", () => Translator.Translate(ReplyModel.NotAllowedToReply("@kckompas", "Je bent niet bekend als medewerker van de organisatie.")));
        var dutch = InCulture("nl-NL", () => Translator.Translate(ReplyModel.NotAllowedToReply("@kckompas", reason)));

        Assert.Equal("You may not post on @kckompas, so you cannot reply either. You may only post on the accounts of your own school.", english);
        Assert.Equal("You may not post on @kckompas, so you cannot reply either. You are not known as a staff member of the organisation.", outsider);
        Assert.Equal("Je mag niet plaatsen op @kckompas, dus ook niet antwoorden. Je mag alleen plaatsen op de accounts van je eigen school.", dutch);
    }

    private static HashSet<string> Keys(string resource) =>
        XDocument.Load(Path.Combine(RepositoryRoot.Path, "src", "Protocolwacht.Web", resource)).Root!.Elements("data")
            .Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);
}
