using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Protocolwacht.Checks.Rules.Harmful;
using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// A judge's question about a whole sentence answers a long sentence once and keeps the answer for the check
/// (<see cref="SentenceQuestion"/>, and <see cref="SentencePosition"/> for a token index): the kept answer must be the one
/// a fresh scan gives, for every question the judges ask, also when they go back to an earlier sentence.
/// </summary>
public partial class SentenceQuestionTests
{
    private static readonly CheckResources Resources = new(OrganisationModel.Demo, new CheckOptions());

    [Fact]
    public void Ask_OnLongSentencesOfCorpusPosts_AnswersAsAFreshScan_ForEveryQuestion()
    {
        var questions = JudgesQuestions();
        var (asked, yes, no) = (0, 0, 0);
        foreach (var text in LongTexts().Take(120))
        {
            var context = Context(text);
            var sentences = Sentence.All(context);
            for (var si = 0; si < sentences.Count; si++)
            {
                var s = sentences[si];
                var expected = questions.Select(q => q.Compute(context, s)).ToArray();
                // Asked for each token, as a judge does, and now and then of the sentence before (a slot per question).
                for (var k = s.First; k <= s.Last; k++)
                {
                    for (var q = 0; q < questions.Length; q++)
                    {
                        Assert.Equal(expected[q], questions[q].Ask(context, s));
                        if (si > 0 && k % 7 == 0)
                        {
                            Assert.Equal(questions[q].Compute(context, sentences[si - 1]), questions[q].Ask(context, sentences[si - 1]));
                        }
                    }
                }

                if (s.Last - s.First + 1 >= SentenceQuestion.LongSentence)
                {
                    asked++;
                    yes += expected.Count(a => a);
                    no += expected.Count(a => !a);
                }
            }
        }

        // The comparison is worth something only when long sentences were asked and both answers came up.
        Assert.True(asked > 50, $"{asked} long sentences");
        Assert.True(yes > 100 && no > 100, $"{yes} yes, {no} no");
    }

    [Fact]
    public void Ask_OnALongSentence_ScansOnce_AndOnAShortOneEveryTime()
    {
        var scans = 0;
        var question = new SentenceQuestion((_, s) =>
        {
            scans++;
            return s.First == 0;
        });
        var context = Context(string.Join(" ", Enumerable.Repeat("de bal rolt weg", 30)) + ". Kort zinnetje.");
        var sentences = Sentence.All(context);
        var (longOne, shortOne) = (sentences[0], sentences[1]);
        Assert.True(longOne.Last - longOne.First + 1 >= SentenceQuestion.LongSentence);

        for (var i = 0; i < 10; i++)
        {
            Assert.True(question.Ask(context, longOne));
        }

        Assert.Equal(1, scans);
        for (var i = 0; i < 10; i++)
        {
            Assert.False(question.Ask(context, shortOne));
        }

        Assert.Equal(11, scans);
    }

    [Fact]
    public void Ask_ForTwoLongSentencesInTurn_GivesEachItsOwnAnswer()
    {
        var question = new SentenceQuestion((_, s) => s.First == 0);
        var context = Context(string.Join(" ", Enumerable.Repeat("de bal rolt weg", 30)) + ". " + string.Join(" ", Enumerable.Repeat("het hek gaat dicht", 30)) + ".");
        var sentences = Sentence.All(context);
        Assert.Equal(2, sentences.Count);

        for (var i = 0; i < 5; i++)
        {
            Assert.True(question.Ask(context, sentences[0]));
            Assert.False(question.Ask(context, sentences[1]));
        }
    }

    [Fact]
    public void Find_OnLongSentencesOfCorpusPosts_FindsAsAFreshWalk_ForEveryPosition()
    {
        var positions = JudgesPositions();
        var (asked, found, none) = (0, 0, 0);
        foreach (var text in LongTexts().Take(120).Append(EnsuringText()))
        {
            var context = Context(text);
            var sentences = Sentence.All(context);
            for (var si = 0; si < sentences.Count; si++)
            {
                var s = sentences[si];
                var expected = positions.Select(p => p.Compute(context, s)).ToArray();
                for (var k = s.First; k <= s.Last; k++)
                {
                    for (var p = 0; p < positions.Length; p++)
                    {
                        Assert.Equal(expected[p], positions[p].Find(context, s));
                        if (si > 0 && k % 7 == 0)
                        {
                            Assert.Equal(positions[p].Compute(context, sentences[si - 1]), positions[p].Find(context, sentences[si - 1]));
                        }
                    }
                }

                if (s.Last - s.First + 1 >= SentenceQuestion.LongSentence)
                {
                    asked++;
                    found += expected.Count(i => i >= 0);
                    none += expected.Count(i => i < 0);
                }
            }
        }

        // Worth something only when long sentences were asked and both a position and none came up.
        Assert.True(asked > 50, $"{asked} long sentences");
        Assert.True(found > 0 && none > 50, $"{found} found, {none} none");
    }

    [Fact]
    public void Find_OnALongSentence_WalksOnce_AndOnAShortOneEveryTime()
    {
        var walks = 0;
        var position = new SentencePosition((_, s) =>
        {
            walks++;
            return s.First == 0 ? s.Last : -1;
        });
        var context = Context(string.Join(" ", Enumerable.Repeat("de bal rolt weg", 30)) + ". Kort zinnetje.");
        var sentences = Sentence.All(context);
        var (longOne, shortOne) = (sentences[0], sentences[1]);

        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(longOne.Last, position.Find(context, longOne));
        }

        Assert.Equal(1, walks);
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(-1, position.Find(context, shortOne));
        }

        Assert.Equal(11, walks);
    }

    /// <summary>A long sentence in which the author takes an outcome on ("ik zorg … dat"), so a position is found.</summary>
    private static string EnsuringText() =>
        string.Join(" ", Enumerable.Repeat("we gaan morgen naar het bos", 8)) + " en ik zorg er echt voor dat " + string.Join(" ", Enumerable.Repeat("iedereen een broodje heeft", 8)) + ".";

    /// <summary>Every position the judges keep in a static field, read by reflection so a new one is compared too.</summary>
    private static SentencePosition[] JudgesPositions()
    {
        var positions = typeof(SentencePosition).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public))
            .Where(f => f.FieldType == typeof(SentencePosition))
            .Select(f => (SentencePosition)f.GetValue(null)!)
            .ToArray();
        Assert.NotEmpty(positions);
        return positions;
    }

    /// <summary>Every question the judges keep in a static field, read by reflection so a new one is compared too.</summary>
    private static SentenceQuestion[] JudgesQuestions()
    {
        var questions = typeof(SentenceQuestion).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public))
            .Where(f => f.FieldType == typeof(SentenceQuestion))
            .Select(f => (SentenceQuestion)f.GetValue(null)!)
            .ToArray();
        Assert.True(questions.Length >= 18, $"{questions.Length} questions");
        return questions;
    }

    private static CheckContext Context(string text) =>
        new(new CheckRequest(text, new AccountContext(AccountKind.Personal, null, "x"), "tom.hendriks", null, []), Resources);

    /// <summary>Corpus posts five at a time with their sentence ends taken out: long sentences of real words.</summary>
    private static IEnumerable<string> LongTexts() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Corpus"), "*.jsonl").Order(StringComparer.Ordinal)
            .Where(path => !Path.GetFileName(path).StartsWith("fresh30-lead", StringComparison.Ordinal))
            .SelectMany(File.ReadLines)
            .Where(line => line.Length > 0)
            .Select(line => SentenceEnd().Replace(JsonDocument.Parse(line).RootElement.GetProperty("text").GetString() ?? string.Empty, ","))
            .Chunk(5)
            .Select(posts => string.Join(" ", posts));

    [GeneratedRegex("[.!?\\n]")]
    private static partial Regex SentenceEnd();
}
