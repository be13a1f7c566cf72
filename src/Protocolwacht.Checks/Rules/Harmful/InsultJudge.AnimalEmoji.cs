namespace Protocolwacht.Checks.Rules.Harmful;

// Twenty-third pass: any animal emoji as the end of a comparison or right after a person, beyond the fixed list of
// insulting emoji the judge reads anywhere in a sentence that names someone: "loopt erbij als een 🐧", "brulde als een 🐗",
// "ziet eruit als 🐀", "lijkt wel een 🦍", "juf Annet 🐔🐔", "onze conciërge 🐘". Endearing animals (a bunny, a bear, a
// butterfly) and the lion praise rather than mock; an animal the text names ("de pinguïns waren favoriet 🐧", "brulden als
// leeuwen 🦁"), a costume and a story keep the emoji a picture of the topic. Twenty-fourth pass (rules20): the animals
// named are the class `animal` (they were a list here).
internal static partial class InsultJudge
{
    private static readonly int[] EndearingAnimals =
        [0x1F430, 0x1F407, 0x1F43B, 0x1F428, 0x1F43C, 0x1F984, 0x1F423, 0x1F424, 0x1F425, 0x1F98B, 0x1F41D, 0x1F41E, 0x1F431, 0x1F408, 0x1F436, 0x1F415,
         0x1F981, 0x1F42F, 0x1F42C, 0x1F989, 0x1F43F];

    private static (int, int)? AnimalEmoji(CheckContext context, List<Sentence> sentences)
    {
        var text = context.Request.Text;
        var tokens = context.Tokens;
        var last = -1;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (!char.IsHighSurrogate(text[i]))
            {
                continue;
            }

            var emoji = char.ConvertToUtf32(text[i], text[i + 1]);
            if (!MockingAnimal(emoji))
            {
                continue;
            }

            // The last token before the emoji (the scan moves forward with i, so it is kept between emoji).
            while (last + 1 < tokens.Count && context.SpanOf(last + 1, last + 1).End <= i)
            {
                last++;
            }

            var si = last < 0 ? -1 : Sentence.IndexOf(sentences, last);
            if (si < 0)
            {
                continue;
            }

            var s = sentences[si];
            if ((ComparedTo(context, s, last) || PersonAt(context, last)) && !s.Has(context.Classes, Words.Positive | Words.DressUp) && !s.Fictional(context)
                && !AnimalNamed(context) && !CounterSpeech.Around(context, sentences, si))
            {
                return (Math.Max(s.First, last - 3), last);
            }
        }

        return null;
    }

    // The animals and faces of U+1F400–U+1F43D and U+1F980–U+1F9AE (not the microbe, U+1F9A0), less the endearing ones.
    private static bool MockingAnimal(int emoji) =>
        ((emoji >= 0x1F400 && emoji <= 0x1F43D) || (emoji >= 0x1F980 && emoji <= 0x1F9AE && emoji != 0x1F9A0)) && Array.IndexOf(EndearingAnimals, emoji) < 0;

    // "als (een)", "net (een)", "lijkt (wel/op) (een)": a comparison ends right before the emoji.
    private static bool ComparedTo(CheckContext context, Sentence s, int k)
    {
        for (var j = k; j >= s.First && j >= k - 2; j--)
        {
            if ((context.Classes[j] & Words.Comparison) != 0)
            {
                return true;
            }

            if (context.Tokens[j].Key is not ("een" or "wel" or "op" or "echt"))
            {
                return false;
            }
        }

        return false;
    }

    // "juf Annet 🐔", "onze conciërge 🐘": a person word, a role or a name right before the emoji.
    private static bool PersonAt(CheckContext context, int k)
    {
        if ((context.Classes[k] & (Words.Target | Words.SchoolPerson)) != 0)
        {
            return true;
        }

        foreach (var person in context.People)
        {
            if (person.First <= k && k <= person.Last)
            {
                return true;
            }
        }

        return false;
    }

    // The text names an animal or what an insulting emoji pictures (classes `animal`, `emoji-topic`): the emoji pictures it.
    private static bool AnimalNamed(CheckContext context)
    {
        foreach (var mask in context.Classes)
        {
            if ((mask & Words.Animal) != 0)
            {
                return true;
            }
        }

        return Topic(context);
    }
}
