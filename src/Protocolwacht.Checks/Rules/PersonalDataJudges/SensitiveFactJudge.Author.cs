namespace Protocolwacht.Checks.Rules.PersonalDataJudges;

// The author's own sensitive facts (convention 12): told in the first person with a verb of having or being, on
// one's own, in a subordinate clause, or as something the author received (split from SensitiveFactJudge.cs).
internal static partial class SensitiveFactJudge
{
    // "Ik heb sinds maart een burn-out", "ik zit thuis met een depressie": first person and a verb of having or being.
    private static bool AboutAuthor(CheckContext context, int index)
    {
        var tokens = context.Tokens;
        var sentence = tokens[index].Sentence;
        var firstPerson = false;
        var verb = false;
        for (var k = index - 1; k >= 0 && k >= index - 5 && tokens[k].Sentence == sentence; k--)
        {
            firstPerson |= (context.Classes[k] & FirstPerson) != 0 || tokens[k].Key == "mijn";
            verb |= tokens[k].Key is "heb" or "ben" or "zit" or "kreeg" or "had" or "was" or "lig" or "lag" or "sta" or "leef" or "leefde";

            // "Ik slik al jaren lithium", "sinds de zomer gebruik ik …": taking a medicine is having what it treats.
            verb |= Taking(tokens[k].Key);

            // Stop 56 (lead): "Ik herstel nog van een hersenschudding", "ik revalideer na mijn hernia": recovering from it
            // is having had it.
            verb |= tokens[k].Key is "herstel" or "herstelde" or "revalideer" or "revalideerde";

            // "mijn diagnose", "na mijn operatie": the author's own.
            verb |= tokens[k].Key == "mijn" && index - k <= 2;
        }

        return (firstPerson && verb) || ReceivedByAuthor(context, index) || OwnInSubordinate(context, index) || OnItBySelf(context, index)
            || TreatedAuthor.For(context, index) || TreatedAuthor.Undergone(context, index) || AilingAuthor.Is(context, index)
            || OwnStayAcrossATime(context, index);
    }

    // The first person's verbs of taking a medicine: "ik slik", "gebruikte ik", "neem ik".
    private static bool Taking(string key) => key is "slik" or "slikte" or "gebruik" or "gebruikte" or "neem" or "nam";

    // "Sinds een half jaar aan de antidepressiva en ik voel me …": "aan de" before a medicine or treatment without a subject
    // of its own, in a sentence where the author speaks and nobody else is named, is the author's own.
    private static bool OnItBySelf(CheckContext context, int index)
    {
        var tokens = context.Tokens;
        var sentence = tokens[index].Sentence;
        // Stop 56 (lead): "al twee jaar op citalopram en ik …": "op" before the medicine says the same as "aan de".
        var onIt = (index >= 2 && tokens[index - 1].Key is "de" or "het" && tokens[index - 2].Key == "aan")
            || (index >= 1 && tokens[index - 1].Key == "op" && (context.Classes[index] & Medicine) != 0);
        if (!onIt)
        {
            return false;
        }

        var onAt = tokens[index - 1].Key == "op" ? index - 1 : index - 2;
        return (Nearby.InSentence(context, sentence, FirstPerson) || OpensWithSpan(context, onAt))
            && !Nearby.InSentence(context, sentence, ThirdPerson | Someone | StaffRole)
            && !(Mentions.InSentence(context, sentence) is not null);
    }

    // "Sinds vorige week weet ik dat ik ADHD heb", "sinds vorig jaar weet ik dat ik bipolair ben": in a subordinate clause
    // the verb follows the health word, with "ik" just before it.
    // Thirtieth pass (school26): also with an article between and the health word's name after it ("Sinds ik de diagnose
    // diabetes kreeg, …"): "ik", then "de/een", the health word and a verb of having or receiving at most two words after.
    private static bool OwnInSubordinate(CheckContext context, int index)
    {
        var tokens = context.Tokens;
        var sentence = tokens[index].Sentence;
        if (index >= 1 && tokens[index - 1].Key == "ik" && index + 1 < tokens.Count && tokens[index + 1].Sentence == sentence
            && tokens[index + 1].Key is "heb" or "ben" or "had" or "was")
        {
            return true;
        }

        // Stop 56 (lead): "Nu ik zelf citalopram slik, …", "sinds ik ook Concerta gebruik": "zelf/ook/al" between, and a
        // verb of taking a medicine after it.
        if (index >= 2 && tokens[index - 2].Key == "ik" && tokens[index - 1].Key is "zelf" or "ook" or "al" or "nog" && index + 1 < tokens.Count
            && tokens[index + 1].Sentence == sentence && (tokens[index + 1].Key is "heb" or "had" || Taking(tokens[index + 1].Key)))
        {
            return true;
        }

        if (index < 2 || tokens[index - 1].Key is not ("de" or "een") || tokens[index - 2].Key != "ik" || tokens[index - 2].Sentence != sentence)
        {
            return false;
        }

        for (var k = index + 1; k < tokens.Count && k <= index + 2 && tokens[k].Sentence == sentence; k++)
        {
            if (tokens[k].Key is "heb" or "had" or "kreeg" or "krijg")
            {
                return true;
            }
        }

        return false;
    }

    // "Eindelijk de diagnose ADHD gekregen, op mijn 41e": a verb of receiving right after the health word and the
    // author in the rest of the sentence, with nobody else in it.
    private static bool ReceivedByAuthor(CheckContext context, int index)
    {
        var tokens = context.Tokens;
        var sentence = tokens[index].Sentence;
        var received = false;

        // "bij mij is ADHD vastgesteld", "bij mij is afgelopen zomer ADHD vastgesteld": the author, after "bij", before
        // the health word.
        var firstPerson = false;
        for (var k = index - 2; k >= 0 && k >= index - 7 && tokens[k].Sentence == sentence; k--)
        {
            firstPerson |= tokens[k].Key == "bij" && (context.Classes[k + 1] & FirstPerson) != 0;
        }

        for (var k = index + 1; k < tokens.Count && k <= index + 8 && tokens[k].Sentence == sentence; k++)
        {
            received |= k <= index + 3 && tokens[k].Key is "gekregen" or "gesteld" or "vastgesteld" or "gehad" or "ontdekt" or "geconstateerd";
            firstPerson |= (context.Classes[k] & FirstPerson) != 0 || tokens[k].Key == "mijn";
        }

        return received && firstPerson && !Nearby.InSentence(context, sentence, ThirdPerson | Someone)
            && !(Mentions.InSentence(context, sentence) is not null);
    }
}
