using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Protocolwacht.Domain.Freezes;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Domain.PlatformDecisions;
using Protocolwacht.Domain.PostingRights;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Web.Features.Checks;
using Protocolwacht.Web.Features.Consent;
using Protocolwacht.Web.Features.Freezes;
using Protocolwacht.Web.Features.PlatformAccounts;
using Protocolwacht.Web.Features.Posts;
using Protocolwacht.Web.Features.Publishing;
using Protocolwacht.Web.Infrastructure.Localization;
using static Protocolwacht.Web.Tests.Support.Cultures;

namespace Protocolwacht.Web.Tests.Posts;

/// <summary>
/// Each cause a post is refused or held for, as the code words it, reaches an English reader in English (stop 44): the
/// confirmation page's refusal (<c>_Refusal.cshtml</c>), the reply page's, and a held delivery on the post page all
/// print it through <see cref="UiTranslator"/>. Until stop 44 the posting rights' reasons, "{handle}: {reason}", an
/// account that is not connected, "Tegengehouden: …" and the consent reason's "naam" stayed Dutch. A Dutch reader gets
/// each as it is.
/// </summary>
public sealed class RefusalCauseLanguageTests
{
    private static readonly ResourceManagerStringLocalizerFactory Resources = new(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);

    private static readonly UiTranslator Translator = new(
        new StringLocalizer<UiText>(Resources), new FindingMessages(new StringLocalizer<FindingMessages>(Resources)), new DeliveryReasons(new StringLocalizer<DeliveryReasons>(Resources)));

    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 12, 6, 9, 30, 0, TimeSpan.Zero));

    public static TheoryData<string, string> Causes => new()
    {
        { PostWorkflow.NotAcknowledged, "First read the new version of the protocol and confirm 'read and understood' on /protocol; then you can publish." },
        { ConfirmRefused(Verdict.Block), "The check blocks this post; it cannot be published." },
        { ConfirmRefused(Verdict.Doubt), "In doubt, do not publish: ask your manager for advice first." },
        {
            NotAllowed("tom.hendriks", "konot-x"),
            // Each role by its name, translated on its own (until stop 45 the codes: "by cvb, directie, staf; your role is medewerker").
            "You may not post on @KonotOnderwijs. Posts under the Konot account are placed only by a member of the executive board, a member of school management or a board office staff member; your role is staff member."
        },
        {
            NotAllowed("sanne.deboer", "regenboog-x"),
            "You may not post on @RegenboogEsveld. On a school account only a member of school management or a staff member may post; your role is board office staff member."
        },
        {
            NotAllowedAsking("tom.hendriks", "konot-x"),
            "You may not post on @KonotOnderwijs. Posts under the Konot account are placed only by a member of the executive board, a member of school management or a board office staff member; your role is staff member. Ask one of them: Marieke Jansen, Peter van Dijk, Sanne de Boer."
        },
        { NotAllowed("tom.hendriks", "kompas-instagram"), "You may not post on @kckompas. You may only post on the accounts of your own school." },
        {
            PostWorkflow.NotConnected("@RegenboogEsveld"),
            "@RegenboogEsveld is not connected to the platform; choose another account or ask the communications advisor to connect the account."
        },
        {
            PostWorkflow.HeldOn("@RegenboogEsveld", FreezeHold.ReasonFor(Freeze())!),
            "Publishing on @RegenboogEsveld is not possible now: a publishing freeze has applied since 6-12-2026 10:30: Brand in de gymzaal"
        },
        {
            PostWorkflow.HeldOn("@RegenboogEsveld", PlatformDecision.Refusal(null, new DateOnly(2026, 12, 6))!),
            "Publishing on @RegenboogEsveld is not possible now: no decision on using the platform has been recorded for this account yet (DPIA and data processing agreement). Ask the administrator to record it."
        },
        {
            DeliveryProcessor.Held(ConsentRefusals.Reason([new ConsentRefusal(Daan, Shown: true, Named: false)])),
            "Held back: a student in this post has no consent (any more) for image on social media. Edit the post or cancel the publication."
        },
        {
            DeliveryProcessor.Held(ConsentRefusals.Reason([new ConsentRefusal(Daan, Shown: false, Named: true)])),
            "Held back: a student in this post has no consent (any more) for name on social media. Edit the post or cancel the publication."
        },
        {
            DeliveryProcessor.Held(ConsentRefusals.Reason([new ConsentRefusal(Daan, Shown: true, Named: true)])),
            "Held back: a student in this post has no consent (any more) for image and name on social media. Edit the post or cancel the publication."
        },
        {
            DeliveryProcessor.Held(PlatformDecision.Refusal(null, new DateOnly(2026, 12, 6))!),
            "Held back: no decision on using the platform has been recorded for this account yet (DPIA and data processing agreement). Ask the administrator to record it."
        },
    };

    private static Student Daan => OrganisationModel.Demo.FindStudent("daan.kok")!;

    [Theory]
    [MemberData(nameof(Causes))]
    public void RefusalCause_ForAnEnglishReader_IsEnglish_AndForADutchOneAsWritten(string dutch, string english)
    {
        var forDutch = InCulture("nl-NL", () => Translator.Translate(dutch));
        var forEnglish = InCulture("en", () => Translator.Translate(dutch));

        Assert.Equal(dutch, forDutch);
        Assert.Equal(english, forEnglish);
    }

    [Fact]
    public void CauseThatNoEntryFits_StaysDutch_SoTheTheoryAboveCanFail()
    {
        // The shape the posting rights' refusal had until stop 44, "{handle}: {reason}": no entry starts with a handle.
        var reason = NotAllowed("tom.hendriks", "konot-x")["Je mag niet plaatsen op @KonotOnderwijs. ".Length..];
        var old = $"@KonotOnderwijs: {reason}";

        Assert.StartsWith("Berichten onder het Konot-account", reason, StringComparison.Ordinal);
        Assert.Equal(old, InCulture("en", () => Translator.Translate(old)));
    }

    private static string ConfirmRefused(Verdict verdict)
    {
        var post = Post.CreateDraft(Guid.NewGuid(), "tom.hendriks", new PostContent("Wat een mooie sportdag vandaag!", ["regenboog-x"], []), null, Clock);
        post.RecordCheck("tom.hendriks", verdict, Clock);
        var refused = post.ConfirmPublication("tom.hendriks", verdict, TimeSpan.FromSeconds(30), Clock);
        Assert.False(refused.Succeeded);
        return refused.Error!;
    }

    /// <summary>The confirmation's refusal for <paramref name="staffId"/> on <paramref name="accountId"/> of the demo organisation.</summary>
    private static string NotAllowed(string staffId, string accountId)
    {
        var organisation = OrganisationModel.Demo;
        var account = organisation.FindAccount(accountId)!;
        var decision = new PostingRightsPolicy(organisation.PostingRights).Decide(organisation.FindStaff(staffId)!, PostingTarget.For(account));
        Assert.False(decision.Allowed);
        return PostWorkflow.NotAllowedOn(account.Handle, decision.Reason);
    }

    [Fact]
    public void PostingRightsRefusal_ForADutchReader_NamesTheRolesInDutch_AndWhoToAsk()
    {
        Assert.Equal(
            "Je mag niet plaatsen op @KonotOnderwijs. Berichten onder het Konot-account worden alleen geplaatst door een lid van het college van bestuur, "
            + "een directielid of een stafmedewerker; jouw rol is medewerker. Vraag het aan een van hen: Marieke Jansen, Peter van Dijk, Sanne de Boer.",
            InCulture("nl-NL", () => Translator.Translate(NotAllowedAsking("tom.hendriks", "konot-x"))));
        Assert.Equal(
            "Je mag niet plaatsen op @RegenboogEsveld. Op een schoolaccount plaatsen alleen een directielid of een medewerker; jouw rol is stafmedewerker.",
            NotAllowed("sanne.deboer", "regenboog-x"));
    }

    /// <summary><see cref="NotAllowed"/> naming the first three who may post on the account, as the confirmation does.</summary>
    private static string NotAllowedAsking(string staffId, string accountId)
    {
        var organisation = OrganisationModel.Demo;
        var account = organisation.FindAccount(accountId)!;
        var reason = NotAllowed(staffId, accountId)[$"Je mag niet plaatsen op {account.Handle}. ".Length..];
        var whoToAsk = PostingRightsAuthorizer.WhoMayPost(organisation, account).Take(3).Select(s => s.Name).ToList();
        return PostWorkflow.NotAllowedOn(account.Handle, reason, whoToAsk);
    }

    private static PublishingFreeze Freeze() =>
        PublishingFreeze.Start(Guid.NewGuid(), "regenboog", "Brand in de gymzaal", "karin.mulder", Clock.GetUtcNow(), out _)!;
}
