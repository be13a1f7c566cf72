using Protocolwacht.Checks.Lexicons;
using Protocolwacht.Checks.PersonalData;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Domain.PostingRights;

namespace Protocolwacht.Checks;

/// <summary>
/// What one <see cref="ProtocolChecker"/> checks with: the shared lexicons (<see cref="LexiconSet"/>),
/// and, compiled for its organisation, the roster index and the organisation's own contact details.
/// Immutable afterwards.
/// </summary>
internal sealed class CheckResources
{
    public CheckOptions Options { get; }

    public CheckResources(OrganisationModel organisation, CheckOptions options)
    {
        Organisation = organisation;
        Options = options;
        PostingRights = new PostingRightsPolicy(organisation.PostingRights);
        var lexicons = LexiconSet.For(options.ExtraLexiconFolder);
        Profanity = lexicons.Profanity;
        Slang = lexicons.Slang;
        Confidential = lexicons.Confidential;
        Quotes = lexicons.Quotes;
        Sources = lexicons.Sources;
        Sensitive = lexicons.Sensitive;
        Harmful = lexicons.Harmful;
        Discussion = lexicons.Discussion;
        Capacity = lexicons.Capacity;
        Copyright = lexicons.Copyright;
        Topics = lexicons.Topics;
        Lexicons = lexicons.All;
        Index = lexicons.Index;
        Roster = new RosterIndex(organisation);
        Contacts = new OwnContacts(organisation);
    }

    public OrganisationModel Organisation { get; }
    public PostingRightsPolicy PostingRights { get; }
    public Lexicon Profanity { get; }
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
}
