using System.Text.Json;
using Protocolwacht.Checks.Rules.Harmful;
using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Checks.Tests;

/// <summary>
/// <see cref="CheckContext.PostClasses"/> is the union of every token's classes: a judge skips a post at its entry when
/// the post lacks every class its patterns need (<c>GroupHateJudge</c>'s <c>Needs</c>), so the union must hold each class
/// any token has, and the skip must be taken for ordinary posts and never for a post the judge finds hate in.
/// </summary>
public class PostClassesTests
{
    private static readonly CheckResources Resources = new(OrganisationModel.Demo, new CheckOptions());

    // GroupHateJudge.Needs: a group, a slur, or (twenty-eighth pass) a group's house of prayer or sign ("gooi al die moskeeën dicht").
    private static readonly ClassMask GroupOrSlur = Words.Group | Words.Slur | Words.GroupSign;

    [Fact]
    public void PostClasses_OfCorpusPosts_IsTheUnionOfEveryTokensClasses()
    {
        var asked = 0;
        foreach (var text in CorpusTexts().Take(400))
        {
            var context = Context(text);
            var union = ClassMask.Zero;
            for (var k = 0; k < context.Tokens.Count; k++)
            {
                union |= context.Classes[k];
            }

            Assert.Equal(union, context.PostClasses);
            asked += union != 0 ? 1 : 0;
        }

        Assert.True(asked > 300, $"{asked} posts with classes");
    }

    [Fact]
    public void GroupHateJudge_SkipsPostsWithoutAGroupSlurOrSign_AndStillFindsHateInTheOthers()
    {
        var (skipped, found) = (0, 0);
        foreach (var text in CorpusTexts())
        {
            var context = Context(text);
            var lacks = (context.PostClasses & GroupOrSlur) == 0;
            var hate = GroupHateJudge.Find(context, Sentence.All(context));
            if (lacks)
            {
                Assert.Null(hate);
                skipped++;
            }
            else if (hate is not null)
            {
                found++;
            }
        }

        Assert.True(skipped > 1000, $"{skipped} posts skipped");
        Assert.True(found > 100, $"{found} posts with hate found");
    }

    private static CheckContext Context(string text) =>
        new(new CheckRequest(text, new AccountContext(AccountKind.Personal, null, "x"), "tom.hendriks", null, []), Resources);

    private static IEnumerable<string> CorpusTexts() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Corpus"), "*.jsonl").Order(StringComparer.Ordinal)
            .Where(path => !Path.GetFileName(path).StartsWith("fresh30-lead", StringComparison.Ordinal))
            .SelectMany(File.ReadLines)
            .Where(line => line.Length > 0)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("text").GetString() ?? string.Empty);
}
