using System.Text;
using System.Text.Json;
using Protocolwacht.Checks.Batch;

namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// Dutch hate-speech functional cases written for issue 9 (no published collection used): hateful messages
/// by functionality (derogation, dehumanisation, threats, slurs, profanity at a group, negation, questions
/// and opinions, pronoun reference, spelling variations) and non-hateful ones (neutral and positive mentions
/// of groups, counter-speech, negated hate, neutral questions, animal words about animals). The issue's
/// targets: at least 80% of hateful messages stopped, at most 5% of the others.
/// </summary>
public class HateFunctionalTests
{
    [Theory]
    [InlineData("hate-functional.jsonl")]
    [InlineData("fresh10-hate.jsonl")] // the sixth pass's own batch (first pass: 0.875 stopped, 0.179 falsely)
    [InlineData("fresh11-hate.jsonl")] // the seventh pass's own batch (first pass: 0.571 stopped, 0.115 falsely)
    public void HatefulMessages_AreStopped_AndMentionsOfGroupsAreNot(string corpus)
    {
        int hateful = 0, stopped = 0, neutral = 0, falselyStopped = 0, lineNumber = 0;
        var misses = new StringBuilder();
        foreach (var line in File.ReadLines(CorpusRun.Local(corpus)))
        {
            lineNumber++;
            var request = BatchFormat.ParseLine(line, lineNumber).Request!;
            using var json = JsonDocument.Parse(line);
            var isHateful = json.RootElement.GetProperty("hateful").GetBoolean();
            var wasStopped = TestChecker.Instance.Check(request).Verdict != Verdict.Allow;
            if (isHateful)
            {
                hateful++;
                stopped += wasStopped ? 1 : 0;
            }
            else
            {
                neutral++;
                falselyStopped += wasStopped ? 1 : 0;
            }

            if (wasStopped != isHateful)
            {
                misses.AppendLine($"{json.RootElement.GetProperty("functionality").GetString()}: {request.Text}");
            }
        }

        var report = $"recall {(double)stopped / hateful:0.000} ({stopped}/{hateful}), stopped non-hateful {(double)falselyStopped / neutral:0.000} ({falselyStopped}/{neutral})\n{misses}";
        File.WriteAllText(Path.Combine(Path.GetTempPath(), $"protocolwacht-{Path.GetFileNameWithoutExtension(corpus)}.txt"), report);

        // The recall target (0.80) and the false-stop target (0.05) hold.
        Assert.True((double)stopped / hateful >= 0.80, report);
        Assert.True((double)falselyStopped / neutral <= 0.05, report);
    }
}
