using Protocolwacht.Checks.Lexicons;
using Protocolwacht.Checks.Normalisation;
using Protocolwacht.Checks.PersonalData;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Domain.PostingRights;

namespace Protocolwacht.Checks;

/// <summary>
/// One check in progress: the request, its folded text and tokens, and lazily computed facts several
/// rules share (lexicon matches, people mentioned). Lives for one <see cref="ProtocolChecker.Check"/> call
/// on one thread.
/// </summary>
internal sealed class CheckContext
{
    private List<LexiconMatch>?[]? _matches;
    private TokenClasses _classes;
    private bool _classified;
    private ClassMask _postClasses;
    private bool _postClassed;
    private List<(int Open, int Close)>? _quoteSpans;
    private sbyte[]? _titleAnswers;
    private List<PersonMention>? _people;
    private Rules.Harmful.SentenceAnswers? _sentenceAnswers;
    private int[]? _clauseBreaks;
    private NormalisedText? _description;
    private List<Token>? _descriptionTokens;
    private readonly StaffMember? _reader;

    // Resolved once: IsMention runs for every candidate token of several judges.
    private static readonly ClassMask SpeechNoun = Language.WordClasses.Default.Mask("speech-noun");

    // Twenty-sixth pass (hate22): "De krant meldt dat supporters 'kankerjoden' scandeerden": a quoted word in a sentence
    // that names where it was published is reported as news, as a word after "het woord" is mentioned.
    private static readonly ClassMask Publication = Language.WordClasses.Default.Mask("publication");

    public CheckContext(CheckRequest request, CheckResources resources)
    {
        Request = request;
        Resources = resources;
        Author = resources.Organisation.FindStaff(request.AuthorId);
        _reader = request.ReaderId is null ? null : resources.Organisation.FindStaff(request.ReaderId);
        Text = NormalisedText.Create(request.Text);
        Tokens = Tokenizer.Tokenize(Text);
        Language.Typos.AddReadings(Tokens);
    }

    public CheckRequest Request { get; }
    public CheckResources Resources { get; }
    public OrganisationModel Organisation => Resources.Organisation;
    public PostingRightsPolicy PostingRights => Resources.PostingRights;
    public StaffMember? Author { get; }

    /// <summary>Whether the reader of the findings may know about this pupil (see <see cref="CheckRequest.ReaderId"/>).</summary>
    public bool MaySee(Student student) =>
        Request.ReaderId is null || (_reader is not null && Domain.Consent.ConsentEditRules.MayView(_reader, student.SchoolId));

    /// <summary>A parent is known to the reader when one of their children is.</summary>
    public bool MaySeeParent(string parentId) =>
        Request.ReaderId is null
        || (Organisation.Parents.FirstOrDefault(p => p.Id == parentId) is { } parent
            && parent.ChildIds.Any(id => Organisation.FindStudent(id) is { } child && MaySee(child)));
    public NormalisedText Text { get; }
    public List<Token> Tokens { get; }

    /// <summary>The word classes of each token (see <see cref="Language.TokenClassifier"/>), computed on first use.</summary>
    /// <remarks>
    /// Read for nearly every token by every judge: the getter is a test and a copy the JIT inlines, the classifying apart (the
    /// nullable field's <c>??=</c> kept the whole getter out of line, 1 % of the batch's samples in the getter itself).
    /// </remarks>
    public TokenClasses Classes => _classified ? _classes : Classify();

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private TokenClasses Classify()
    {
        // The lexicon index classifies plain words together with their candidate entries, which Matches reuses.
        _classes = Resources.Index.Classify(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Tokens));
        _classified = true;
        return _classes;
    }

    /// <summary>
    /// Every class any token of the post has (the union of <see cref="Classes"/>), made on first use: a judge whose every
    /// pattern needs one of a few classes asks it once at its entry and skips the post without them (its <c>Needs</c>).
    /// </summary>
    public ref readonly ClassMask PostClasses
    {
        get
        {
            if (!_postClassed)
            {
                var union = ClassMask.Zero;
                foreach (ref readonly var classes in Classes)
                {
                    union |= classes;
                }

                _postClasses = union;
                _postClassed = true;
            }

            return ref _postClasses;
        }
    }

    /// <summary>What the lexicon index keeps of token <paramref name="index"/> when it is a plain word (see <see cref="PlainWord"/>), else null.</summary>
    public PlainWord? PlainWordAt(int index) => Classes.PlainWordAt(index);

    /// <summary>Quoted passages of the folded text (see <see cref="Rules.QuoteSpans"/>), found on first use.</summary>
    public List<(int Open, int Close)> QuoteSpans => _quoteSpans ??= Rules.QuoteSpans.Find(Text.Folded);

    /// <summary>Whether each quoted passage names a work, by its index in <see cref="QuoteSpans"/> (0 not yet asked, 1 yes, -1 no): see <see cref="Rules.QuotedTitle"/>.</summary>
    internal sbyte[] TitleAnswers => _titleAnswers ??= new sbyte[QuoteSpans.Count];

    /// <summary>
    /// Token <paramref name="index"/> is mentioned, not used: it stands in quotation marks in a sentence that
    /// names words or speech ("het woord 'neger'", "wie 'kankerturk' roept", "die vluchtelingen 'ratten' noemen"),
    /// or in the title of a work ("we lazen 'De domme draak'", see <see cref="Rules.QuotedTitle"/>).
    /// </summary>
    public bool IsMention(int index)
    {
        var at = Tokens[index].Start;
        var holding = Rules.QuoteSpans.Holding(QuoteSpans, at);
        if (holding < 0)
        {
            return false;
        }

        if (Rules.QuotedTitle.IsTitle(this, QuoteSpans[holding].Open, QuoteSpans[holding].Close))
        {
            return true;
        }

        var sentence = Tokens[index].Sentence;
        var named = false;
        for (var k = Math.Max(0, index - 30); k < Math.Min(Tokens.Count, index + 30) && !named; k++)
        {
            named = Tokens[k].Sentence == sentence && (Classes[k] & (SpeechNoun | Publication)) != 0;
        }

        return named;
    }

    /// <summary>A comma, semicolon or colon between two tokens: a clause boundary for negation.</summary>
    public bool ClauseBreakBetween(int first, int second)
    {
        var from = Tokens[Math.Min(first, second)].End;
        var to = Math.Min(Tokens[Math.Max(first, second)].Start, Text.Folded.Length);
        if (to - from > LongGap)
        {
            // Judges ask about tokens far apart for every token of a sentence; scanning each gap made a long text quadratic.
            _clauseBreaks ??= ClauseBreakCounts(Text.Folded);
            return _clauseBreaks[to] - _clauseBreaks[from] > 0;
        }

        for (var i = from; i < to; i++)
        {
            if (Text.Folded[i] is ',' or ';' or ':')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <see cref="ClauseBreakBetween"/> of <paramref name="first"/> and <paramref name="next"/>, for a walk that asks it of
    /// one token and each token after it in turn and stops at the first break: <paramref name="scanned"/> (start it at 0)
    /// is how far the walk has read the text, all of it without a break, so each character is read once. Asking afresh
    /// read the gap from <paramref name="first"/> again for every token, most of the cost of a judge that walks twelve
    /// tokens on from every word.
    /// </summary>
    public bool ClauseBreakWalked(int first, int next, ref int scanned)
    {
        var from = Math.Max(scanned, Tokens[first].End);
        var to = Math.Min(Tokens[next].Start, Text.Folded.Length);
        scanned = Math.Max(from, to);
        for (var i = from; i < to; i++)
        {
            if (Text.Folded[i] is ',' or ';' or ':')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gaps longer than this are answered from counts of the whole text, made once per check; shorter ones are scanned.</summary>
    internal const int LongGap = 256;

    /// <summary>For every offset of the folded text, how many clause breaks (',', ';', ':') come before it.</summary>
    internal static int[] ClauseBreakCounts(string folded)
    {
        var counts = new int[folded.Length + 1];
        for (var i = 0; i < folded.Length; i++)
        {
            counts[i + 1] = counts[i] + (folded[i] is ',' or ';' or ':' ? 1 : 0);
        }

        return counts;
    }

    public bool IsPersonal => Request.Account.Kind == AccountKind.Personal;

    public bool IsReplyToStudentOrParent => Request.ReplyTo is { Role: ReplyRole.Student or ReplyRole.Parent };

    /// <summary>The matches of a lexicon in the draft; all lexicons are matched together on first use.</summary>
    public List<LexiconMatch> Matches(Lexicon lexicon)
    {
        if (_matches is null)
        {
            var lexicons = Resources.Lexicons;
            _matches = new List<LexiconMatch>?[lexicons.Length];
            // One shared empty list for the lexicons without a match; the rules only read them.
            Array.Fill(_matches, LexiconIndex.NoMatches);

            // A span: the matcher reads every token several times, and a list behind an interface copied each one.
            Resources.Index.FindAll(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Tokens), Classes, _matches);
        }

        return _matches[lexicon.Id] ?? LexiconIndex.NoMatches;
    }

    public bool Any(Lexicon lexicon, string tag)
    {
        foreach (var m in Matches(lexicon))
        {
            if (m.Entry.Tag == tag)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What the judges' questions answered for long sentences, made on first use (a short sentence is scanned instead).</summary>
    public Rules.Harmful.SentenceAnswers SentenceAnswers => _sentenceAnswers ??= new();

    /// <summary>People from the roster (and staff, parents) mentioned in the text.</summary>
    public List<PersonMention> People => _people ??= Resources.Roster.Find(this);

    /// <summary>Whether a person mentioned starts at token <paramref name="index"/>; a method, not a lambda that captures the index (a closure per call).</summary>
    public bool PersonStartsAt(int index) => PersonStartsIn(index, index);

    /// <summary>Whether a person mentioned starts at a token from <paramref name="first"/> to <paramref name="last"/> (inclusive).</summary>
    /// <remarks>
    /// The roster gives the people in text order (<see cref="PersonalData.RosterIndex.Find"/> walks the tokens once), so a
    /// binary search finds the first that starts at or after <paramref name="first"/>: the judges ask per token, and a
    /// scan of every person each time made a long text naming many people quadratic.
    /// </remarks>
    public bool PersonStartsIn(int first, int last)
    {
        var people = People;
        var low = 0;
        var high = people.Count;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (people[middle].First < first)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low < people.Count && people[low].First <= last;
    }

    /// <summary>The attachment descriptions folded and tokenized together, for rules that read them.</summary>
    public List<Token> DescriptionTokens
    {
        get
        {
            if (_descriptionTokens is null)
            {
                var joined = string.Join("\n", Request.Attachments.Select(a => a.Description ?? string.Empty));
                _description = NormalisedText.Create(joined);
                _descriptionTokens = Tokenizer.Tokenize(_description);
            }

            return _descriptionTokens;
        }
    }

    /// <summary>The original span covered by tokens first..last (inclusive).</summary>
    public (int Start, int End) SpanOf(int firstToken, int lastToken) =>
        Text.ToOriginal(Tokens[firstToken].Start, Tokens[lastToken].End);

    public (int Start, int End) SpanOf(LexiconMatch match) => SpanOf(match.First, match.Last);

    /// <summary>The original text of a span, shortened for a message.</summary>
    public string Quote(int start, int end)
    {
        var text = Request.Text;
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        var s = text[start..end].Replace('\n', ' ');
        return s.Length > 60 ? string.Concat(s.AsSpan(0, 57), "...") : s;
    }

    public Finding Finding(string category, Severity severity, string guideline, LexiconMatch match, string message)
    {
        var (start, end) = SpanOf(match);
        return new Finding(category, severity, guideline, start, end, message);
    }
}
