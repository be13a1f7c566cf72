using Protocolwacht.Checks.Rules;

namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// Shouting.Find skips the walk over a text that has neither two capitals nor two marks in a row (MayShout): on random
/// texts it answers what the walk answers, and the texts include shouting ones and ones the skip answers alone.
/// </summary>
public class ShoutingTests
{
    private const string Alphabet = "aAbBeEzZ  .,!?ÉéÖß1'\n";

    [Fact]
    public void Find_OnRandomTexts_AnswersWhatTheWalkAnswers()
    {
        var random = new Random(13);
        var (shouting, skipped) = (0, 0);
        for (var n = 0; n < 50_000; n++)
        {
            var chars = new char[random.Next(0, 40)];
            for (var i = 0; i < chars.Length; i++)
            {
                // Mostly lower case and spaces, as posts are, so both kinds of text occur.
                chars[i] = random.Next(3) == 0 ? Alphabet[random.Next(Alphabet.Length)] : "abe z"[random.Next(5)];
            }

            var text = new string(chars);
            var walked = Shouting.Walk(text);
            Assert.Equal(walked, Shouting.Find(text));
            shouting += walked is null ? 0 : 1;
            skipped += Shouting.MayShout(text) ? 0 : 1;
        }

        Assert.InRange(shouting, 20, 50_000); // 26 of these texts shout
        Assert.InRange(skipped, 10_000, 50_000);
    }

    [Theory]
    [InlineData("WAT EEN DAG VANDAAG", true)]
    [InlineData("Echt waar!!!", true)]
    [InlineData("Écht ÉÉN dag", true)]
    [InlineData("Fijne dag, Anne! Tot morgen?", false)]
    public void MayShout_NeedsTwoCapitalsOrTwoMarksInARow(string text, bool may) =>
        Assert.Equal(may, Shouting.MayShout(text));
}
