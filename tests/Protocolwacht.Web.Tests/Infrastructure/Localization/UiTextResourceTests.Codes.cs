using Protocolwacht.Checks;
using Protocolwacht.Persistence.Audit;
using Protocolwacht.Web.Features.Checks;
using Protocolwacht.Web.Features.Reactions;

namespace Protocolwacht.Web.Tests.Infrastructure.Localization;

/// <summary>
/// Labels of codes that a page prints through <c>T(…)</c>: the audit page's actions (its filter and its table) and the
/// reactions inbox's filters, the check's categories (the insight, the archive search). They are chosen at run time from a table, so no scan of literal calls finds them; at stop
/// 39 an English reader saw 35 of the 38 audit actions, and two of the four inbox filters, in Dutch.
/// </summary>
public sealed partial class UiTextResourceTests
{
    [Fact]
    public void EveryAuditActionLabel_HasAnEnglishEntry()
    {
        var english = Entries("UiText.en.resx");

        var missing = AuditActions.All.Select(a => a.Label).Where(l => !english.ContainsKey(l) && !english.ContainsKey(OtherCase(l))).ToList();

        Assert.True(AuditActions.All.Count > 30, $"Only {AuditActions.All.Count} audit actions");
        Assert.True(missing.Count == 0, $"{missing.Count} audit action labels without English in UiText.en.resx:\n{string.Join('\n', missing)}");
    }

    [Fact]
    public void EveryReactionFilterLabel_HasAnEnglishEntry()
    {
        var english = Entries("UiText.en.resx");

        var missing = ReactionFilter.Choices.Select(c => c.Text).Where(t => !english.ContainsKey(t) && !english.ContainsKey(OtherCase(t))).ToList();

        Assert.Equal(4, ReactionFilter.Choices.Count);
        Assert.True(missing.Count == 0, $"Inbox filters without English in UiText.en.resx:\n{string.Join('\n', missing)}");
    }

    [Fact]
    public void EveryCategoryOfTheCheck_HasADutchName_WithAnEnglishEntry()
    {
        var english = Entries("UiText.en.resx");
        string[] codes = [.. Categories.All, Categories.Internal];

        var unnamed = codes.Where(c => !CategoryNames.All.Any(n => n.Code == c)).ToList();
        var missing = CategoryNames.All.Select(c => c.Name).Where(n => !english.ContainsKey(n) && !english.ContainsKey(OtherCase(n))).ToList();

        Assert.Equal("unknown-code", CategoryNames.Of("unknown-code")); // a code without a name would show as it is
        Assert.Equal("te populair taalgebruik", CategoryNames.Of(Categories.InformalLanguage));
        Assert.True(unnamed.Count == 0, $"Categories shown by their code:\n{string.Join('\n', unnamed)}");
        Assert.Equal(codes.Length, CategoryNames.All.Count);
        Assert.True(missing.Count == 0, $"Category names without English in UiText.en.resx:\n{string.Join('\n', missing)}");
    }
}
