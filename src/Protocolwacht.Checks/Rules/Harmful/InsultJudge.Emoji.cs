namespace Protocolwacht.Checks.Rules.Harmful;

// An insulting emoji (🤡 🐷 🤮 …) in a sentence that names someone, unless the text names the animal as its topic.
internal static partial class InsultJudge
{
    // Disgust (🤮 🤢) and vermin (🪳) beside a group: dehumanising, though beside a dish or the weather they are not.
    private static readonly int[] DisgustEmoji = [0x1F92E, 0x1F922, 0x1FAB3];
    private static readonly int[] InsultingEmoji = [0x1F921, 0x1F40C, 0x1F437, 0x1F416, 0x1F412, 0x1F98D, 0x1F400, 0x1F401, 0x1F40D, 0x1F404, 0x1F411, 0x1F4A9, 0x1F996, 0x1F995, 0x1F9E0, 0x1F41F, 0x1F98A];

    // The animal of the emoji named in the text is the topic ("de koeien 🐄"), not an insult.
    private static bool Topic(CheckContext context, string[] words)
    {
        foreach (var t in context.Tokens)
        {
            foreach (var w in words)
            {
                if (t.Key.Contains(w, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string[] EmojiWords(int emoji) => emoji switch
    {
        0x1F40C => ["slak"],
        0x1F437 or 0x1F416 => ["varken", "big", "zwijn"],
        0x1F412 => ["aap", "apen"],
        0x1F98D => ["gorilla"],
        0x1F400 or 0x1F401 => ["rat", "muis", "muizen"],
        0x1F40D => ["slang"],
        0x1F404 => ["koe", "koei"],
        0x1F411 => ["schaap", "schapen", "herder", "lam"],
        0x1F996 or 0x1F995 => ["dino"],
        0x1F41F => ["vis"],
        0x1F98A => ["vos"],
        0x1F921 => ["clown", "circus"],
        0x1F9E0 => ["brein", "hersen"],
        _ => [],
    };

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

                if ((person >= 0 || (!disgust && Named(context, s))) && !s.Has(c, Words.Positive | Words.DressUp) && !Topic(context, EmojiWords(emoji)) && !CounterSpeech.Around(context, sentences, si))
                {
                    return (s.First, s.Last);
                }
            }
        }

        return null;
    }
}
