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
        Profanity = Load("profanity", extra);
        Insults = Load("insults", extra);
        Slang = Load("slang", extra);
        Confidential = Load("confidential", extra);
        Quotes = Load("quotes", extra);
        Sources = Load("sources", extra);
        Sensitive = Load("sensitive", extra);
        Harmful = Load("harmful", extra);
        Discussion = Load("discussion", extra);
        Capacity = Load("capacity", extra);
        Copyright = Load("copyright", extra);
        Topics = Load("topics", extra);
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
    public RosterIndex Roster { get; }
    public OwnContacts Contacts { get; }

    private static Lexicon Load(string name, string? extraFolder)
    {
        var rows = DataFiles.ReadEmbeddedTsv($"Lexicons.{name}.tsv").Concat(DataFiles.ReadExtraTsv(extraFolder, name + ".tsv"));
        return new Lexicon(name, rows);
    }
}
