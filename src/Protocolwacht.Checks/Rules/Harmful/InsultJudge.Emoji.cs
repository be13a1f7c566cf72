namespace Protocolwacht.Checks.Rules.Harmful;

// An insulting emoji (🤡 🐷 🤮 …) in a sentence that names someone, unless the text names the animal as its topic.
internal static partial class InsultJudge
{
    // Disgust (🤮 🤢) and vermin (🪳) beside a group: dehumanising, though beside a dish or the weather they are not.
    private static readonly int[] DisgustEmoji = [0x1F92E, 0x1F922, 0x1FAB3];
    private static readonly int[] InsultingEmoji = [0x1F921, 0x1F40C, 0x1F437, 0x1F416, 0x1F412, 0x1F98D, 0x1F400, 0x1F401, 0x1F40D, 0x1F404, 0x1F411, 0x1F4A9, 0x1F996, 0x1F995, 0x1F9E0, 0x1F41F, 0x1F98A];

    // The lemmas of `emoji-topic` of five letters or more, read also as the first part of a compound
    // ("dinosaurusonderzoeker", "varkensstal"); shorter ones only by their forms ("koe" is no "koekje", "aap" no "slaap").
    private static readonly string[] TopicStems = LongTopicLemmas();

    private static string[] LongTopicLemmas()
    {
        var stems = new List<string>();
        foreach (var fields in Lexicons.DataFiles.ReadEmbeddedTsv("Language.Classes.emoji-topic.tsv"))
        {
            foreach (var word in fields[0].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (word.Length >= 5)
                {
                    stems.Add(Lexicons.Term.KeyOf(word));
                }
            }
        }

        return [.. stems];
    }

    // What an insulting emoji pictures named in the text (class `emoji-topic`: "de koeien 🐄", "de clown op het feest 🤡")
    // is its topic, not an insult.
    private static bool Topic(CheckContext context)
    {
        var tokens = context.Tokens;
        for (var k = 0; k < tokens.Count; k++)
        {
            if ((context.Classes[k] & Words.EmojiTopic) != 0)
            {
                return true;
            }

            foreach (var stem in TopicStems)
            {
                if (tokens[k].Key.StartsWith(stem, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Named(CheckContext context, Sentence s) =>
        context.PersonStartsIn(s.First, s.Last);

    // An insulting emoji in a sentence that names someone.
    private static (int, int)? Emoji(CheckContext context, List<Sentence> sentences)
    {
        var text = context.Request.Text;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (!char.IsHighSurrogate(text[i]))
            {
                continue;
            }

            var emoji = char.ConvertToUtf32(text[i], text[i + 1]);
            var disgust = Array.IndexOf(DisgustEmoji, emoji) >= 0;
            if (!disgust && Array.IndexOf(InsultingEmoji, emoji) < 0)
            {
                continue;
            }

            var c = context.Classes;
            for (var si = 0; si < sentences.Count; si++)
            {
                var s = sentences[si];
                var (start, _) = context.SpanOf(s.First, s.Last);
                var next = si + 1 < sentences.Count ? context.SpanOf(sentences[si + 1].First, sentences[si + 1].First).Start : text.Length;
                if (i < start || i >= next)
                {
                    continue;
                }

                var person = s.Find(c, disgust ? Words.Group | Words.Slur : Words.SchoolPerson | Words.Person | Words.ThirdPerson | Words.Group | Words.Slur);

                // "sommige ouders 🤡": a sneer at some of a group names no one; the complaint judge weighs it.
                if (person > s.First && (c[person - 1] & Words.Partitive) != 0 && !Named(context, s))
                {
                    continue;
                }

                if ((person >= 0 || (!disgust && Named(context, s))) && !s.Has(c, Words.Positive | Words.DressUp) && !Topic(context) && !CounterSpeech.Around(context, sentences, si))
                {
                    return (s.First, s.Last);
                }
            }
        }

        return null;
    }
}
