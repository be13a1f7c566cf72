using Protocolwacht.Checks.Lexicons;
using Protocolwacht.Checks.PersonalData;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Domain.PostingRights;

namespace Protocolwacht.Checks;

/// <summary>
/// Everything compiled once per <see cref="ProtocolChecker"/>: the lexicons (built-in plus the optional
/// extra folder), the roster index and the organisation's own contact details. Immutable afterwards.
/// </summary>
internal sealed class CheckResources
{
    public CheckResources(OrganisationModel organisation, CheckOptions options)
    {
        Organisation = organisation;
        PostingRights = new PostingRightsPolicy(organisation.PostingRights);
        var extra = options.ExtraLexiconFolder;
        Profanity = Load("profanity", 0, extra);
        Insults = Load("insults", 1, extra);
        Slang = Load("slang", 2, extra);
        Confidential = Load("confidential", 3, extra);
        Quotes = Load("quotes", 4, extra);
        Sources = Load("sources", 5, extra);
        Sensitive = Load("sensitive", 6, extra);
        Harmful = Load("harmful", 7, extra);
        Discussion = Load("discussion", 8, extra);
        Capacity = Load("capacity", 9, extra);
        Copyright = Load("copyright", 10, extra);
        Topics = Load("topics", 11, extra);
        Lexicons = [Profanity, Insults, Slang, Confidential, Quotes, Sources, Sensitive, Harmful, Discussion, Capacity, Copyright, Topics];
        Index = new LexiconIndex(Lexicons);
        Roster = new RosterIndex(organisation);
        Contacts = new OwnContacts(organisation);
    }

    public OrganisationModel Organisation { get; }
    public PostingRightsPolicy PostingRights { get; }
    public Lexicon Profanity { get; }
    public Lexicon Insults { get; }
    public Lexicon Slang { get; }
    public Lexicon Confidential { get; }
    public Lexicon Quotes { get; }
    public Lexicon Sources { get; }
    public Lexicon Sensitive { get; }
    public Lexicon Harmful { get; }
    public Lexicon Discussion { get; }
    public Lexicon Capacity { get; }
    public Lexicon Copyright { get; }
    public Lexicon Topics { get; }
    /// <summary>All lexicons, in <see cref="Lexicon.Id"/> order.</summary>
    public Lexicon[] Lexicons { get; }

    /// <summary>One index over all lexicons: a check walks each word once.</summary>
    public LexiconIndex Index { get; }

    public RosterIndex Roster { get; }
    public OwnContacts Contacts { get; }

    private static Lexicon Load(string name, int id, string? extraFolder)
    {
        var rows = DataFiles.ReadEmbeddedTsv($"Lexicons.{name}.tsv").Concat(DataFiles.ReadExtraTsv(extraFolder, name + ".tsv"));
        return new Lexicon(name, id, rows);
    }
}
