namespace Protocolwacht.Checks.Rules.Harmful;

// Twentieth pass: another's thing threatened by what it will look like or how long it will last, or by an accident
// announced as if by chance. "Die tuin van de buurman ziet er morgen heel anders uit" (a near time or an assurance: "dat
// beloof ik je", "let maar op"), "lang zal je niet meer genieten van die scooter van je" / "van die bakfiets heb je niet
// lang meer plezier, reken daar maar op" (owned by the addressee, or with an assurance), "ik gooi zomaar eens een steen
// door die etalage van jou", "dat busje van hem gaat nog eens per ongeluk in de fik" (a casual adverb of intent with a
// fire, a damage or a thing through it). A mishap told ("per ongeluk viel die laptop van tafel"), the past, help,
// thanks or a reason (regen, ijzel) make it news or care; a thing nobody owns ("die oude laptop, de nieuwe zijn al besteld")
// is no one's loss.
internal static partial class ThreatJudge
{
    private static bool PropertyFated(CheckContext context, Sentence s, int k)
    {
        var c = context.Classes;
        if ((c[k] & (Words.Property | Words.Home)) == 0 || Past(context, s) || Offered(context, s)
            || s.Has(c, Words.Errand | Words.HelpGiven | Words.Gratitude | Words.Mishap | Words.Hazard))
        {
            return false;
        }

        // "heb je niet lang meer plezier van": here "heb" is having, not the perfect that `Told` reads.
        var owned = OthersOwn(context, s, k);
        return ((owned || Assured(context, s)) && NotLongEnjoyed(context, s))
            || (!Told(context, s) && owned && LooksDifferent(context, s, k) && (Soon(context, s) || AfterTime(context, s) || Assured(context, s)))
            || (!Told(context, s) && owned && Casually(context, s) && (Damage(context, s, k) >= 0 || Burnt(context, s, k) || Entered(context, s, k, "door")))
            || (!Told(context, s) && owned && SetAlight(context, s) && Burnt(context, s, k) && (s.Has(c, Words.FirstPerson) || Conditional(context, s) || Soon(context, s)))
            || (!Told(context, s) && owned && Burnt(context, s, k) && Soon(context, s) && Going(context, s));
    }

    // Twenty-second pass: "die garage van de voorzitter gaat vannacht in vlammen op": another's thing foretold to burn soon.
    private static bool Going(CheckContext context, Sentence s) => GoingQuestion.Ask(context, s);

    private static readonly SentenceQuestion GoingQuestion = new(GoingScan);

    private static bool GoingScan(CheckContext context, Sentence s)
    {
        for (var j = s.First; j <= s.Last; j++)
        {
            if (context.Tokens[j].Key is "gaat" or "gaan")
            {
                return true;
            }
        }

        return false;
    }

    // Twenty-first pass: "z'n auto steek ik vannacht in de fik", "ik zet je schuur in brand": setting fire, in the present.
    private static bool SetAlight(CheckContext context, Sentence s) => SetAlightQuestion.Ask(context, s);

    private static readonly SentenceQuestion SetAlightQuestion = new(SetAlightScan);

    private static bool SetAlightScan(CheckContext context, Sentence s)
    {
        for (var j = s.First; j <= s.Last; j++)
        {
            if (context.Tokens[j].Key is "steek" or "steken" or "zet" or "zetten")
            {
                return true;
            }
        }

        return false;
    }

    // "ziet/zien er … anders/niet meer … uit" after the thing in its clause.
    private static bool LooksDifferent(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        // "morgen ziet zijn voortuin er anders uit": inverted after a time or condition, the verb comes just before the thing.
        var looks = LooksBefore(context, s, k);
        var changed = false;
        for (var j = k + 1; j <= Math.Min(s.Last, k + 10) && !context.ClauseBreakBetween(k, j); j++)
        {
            looks |= t[j].Key is "ziet" or "zien" or "uitzien";
            changed |= t[j].Key == "anders" || (t[j].Key == "meer" && t[j - 1].Key is "niet" or "nooit");
            if (looks && changed && t[j].Key is "uit" or "uitzien")
            {
                return true;
            }
        }

        return false;
    }

    private static bool LooksBefore(CheckContext context, Sentence s, int k)
    {
        for (var j = k - 1; j >= s.First && j >= k - 4 && !context.ClauseBreakBetween(j, k); j--)
        {
            if (context.Tokens[j].Key is "ziet" or "zien")
            {
                return true;
            }
        }

        return false;
    }

    // "na vannacht", "na het weekend": a near time after "na".
    private static bool AfterTime(CheckContext context, Sentence s) => AfterTimeQuestion.Ask(context, s);

    private static readonly SentenceQuestion AfterTimeQuestion = new(AfterTimeScan);

    private static bool AfterTimeScan(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        for (var j = s.First; j < s.Last; j++)
        {
            var next = t[j + 1].Key is "het" or "de" && j + 2 <= s.Last ? j + 2 : j + 1;
            if (t[j].Key == "na" && (t[next].Key is "vannacht" or "vanavond" or "vandaag" or "morgen" || (context.Classes[next] & Words.RoutineTime) != 0))
            {
                return true;
            }
        }

        return false;
    }

    // "niet lang meer", "niet meer lang", "lang … niet meer" beside "genieten", "plezier" or "lol": the joy of it ends soon.
    private static bool NotLongEnjoyed(CheckContext context, Sentence s) => NotLongEnjoyedQuestion.Ask(context, s);

    private static readonly SentenceQuestion NotLongEnjoyedQuestion = new(NotLongEnjoyedScan);

    private static bool NotLongEnjoyedScan(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        var enjoy = false;
        for (var j = s.First; j <= s.Last; j++)
        {
            enjoy |= t[j].Key is "genieten" or "geniet" or "plezier" or "lol";
        }

        for (var j = s.First; j <= s.Last && enjoy; j++)
        {
            if (t[j].Key == "lang" && Near(context, s, j, "niet") && Near(context, s, j, "meer"))
            {
                return s.Has(context.Classes, Words.SecondPerson | Words.ThirdPerson);
            }
        }

        return false;
    }

    private static bool Near(CheckContext context, Sentence s, int j, string word)
    {
        for (var m = Math.Max(s.First, j - 4); m <= Math.Min(s.Last, j + 4); m++)
        {
            if (context.Tokens[m].Key == word)
            {
                return true;
            }
        }

        return false;
    }

    // "zomaar (eens)", "per ongeluk": chance said of what the author means to happen.
    private static bool Casually(CheckContext context, Sentence s) => CasuallyQuestion.Ask(context, s);

    private static readonly SentenceQuestion CasuallyQuestion = new(CasuallyScan);

    private static bool CasuallyScan(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        for (var j = s.First; j <= s.Last; j++)
        {
            if (t[j].Key == "zomaar" || (t[j].Key == "ongeluk" && j > s.First && t[j - 1].Key == "per"))
            {
                return true;
            }
        }

        return false;
    }

    // "in de fik", "in brand": a `blaze` word after the thing in its clause.
    private static bool Burnt(CheckContext context, Sentence s, int k)
    {
        for (var j = k + 1; j <= Math.Min(s.Last, k + 12) && !context.ClauseBreakBetween(k, j); j++)
        {
            if ((context.Classes[j] & Words.Blaze) != 0)
            {
                return true;
            }
        }

        return false;
    }

    // "dat beloof/zweer ik je", "reken (daar) maar op", "let maar op", "geloof me/mij maar", "wacht maar af", "dat zeg ik je":
    // the author vouches that it will happen.
    private static bool Assured(CheckContext context, Sentence s) => AssuredQuestion.Ask(context, s);

    private static readonly SentenceQuestion AssuredQuestion = new(AssuredScan);

    private static bool AssuredScan(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        for (var j = s.First; j < s.Last; j++)
        {
            var a = t[j].Key;
            var b = t[j + 1].Key;
            if ((a is "beloof" or "zweer" && b == "ik") || (a == "reken" && UpTo(context, s, j, "op")) || (a == "let" && b == "maar" && UpTo(context, s, j, "op"))
                || (a == "geloof" && b is "me" or "mij" or "maar") || (a == "wacht" && b == "maar" && UpTo(context, s, j, "af")) || (a == "zeg" && b == "ik" && j + 2 <= s.Last && t[j + 2].Key == "je")
                || Promised(context, s, j))
            {
                return true;
            }
        }

        return false;
    }

    // Twenty-second pass: "reken maar (dat)", "wacht (jij) maar tot", "dan zul je (eens) zien": an assurance told ahead.
    private static bool Promised(CheckContext context, Sentence s, int j)
    {
        var t = context.Tokens;
        var a = t[j].Key;
        var b = t[j + 1].Key;
        return (a == "reken" && b == "maar") || (a == "wacht" && UpTo(context, s, j, "maar") && UpTo(context, s, j, "tot"))
            || (a is "zul" or "zult" or "zullen" && b is "je" or "jij" or "jullie" or "u" && UpTo(context, s, j, "zien"));
    }

    private static bool UpTo(CheckContext context, Sentence s, int j, string particle)
    {
        for (var m = j + 1; m <= Math.Min(s.Last, j + 3); m++)
        {
            if (context.Tokens[m].Key == particle)
            {
                return true;
            }
        }

        return false;
    }
}
