using Protocolwacht.Checks.Language;
using Protocolwacht.Checks.Lexicons;

namespace Protocolwacht.Checks.Rules;

/// <summary>
/// Reported speech with a long adverbial between the speech verb and "dat" ("Mijn collega vertelde gisteren in de
/// personeelskamer dat …"): the quote lexicon lets up to ten words stand there, but beyond three the wider gap also
/// reaches sentences that quote nobody the protocol protects, so those stand only when none of these holds: the
/// speaker is the author's own family ("Mijn zoon zei vanochtend aan het ontbijt dat …": no stakeholder); the words
/// come from a publication or an official body ("schrijft de inspectie in haar jaarverslag dat …": a published source,
/// convention 9); the gap holds a clause of its own (a subject pronoun, another speech verb, a conjunction: the "dat"
/// belongs to that clause).
/// </summary>
internal static class ReportedAcrossAGap
{
    private const int NearGap = 3;

    private static readonly WordClasses C = WordClasses.Default;
    private static readonly ClassMask Kin = C.Mask("kin");
    private static readonly ClassMask Own = C.Mask("first-possessive");
    private static readonly ClassMask Published = C.Mask("publication") | C.Mask("national-government");

    public static bool Stands(CheckContext context, LexiconMatch reported)
    {
        var gap = reported.Last - reported.First - 1;
        if (gap <= NearGap)
        {
            return true;
        }

        return !OwnKinSpeaks(context, reported.First) && !PublishedSource(context, reported) && !ClauseInGap(context, reported);
    }

    // "Mijn zoon zei …", "onze oma vertelde …": a relative of the author right before the verb.
    private static bool OwnKinSpeaks(CheckContext context, int verb) =>
        verb >= 2 && (context.Classes[verb - 1] & Kin) != 0 && (context.Classes[verb - 2] & Own) != 0
        && context.Tokens[verb - 2].Sentence == context.Tokens[verb].Sentence;

    // "De inspectie schreef vorige maand in haar jaarverslag dat …", "schrijft de Inspectie van het Onderwijs dat …".
    private static bool PublishedSource(CheckContext context, LexiconMatch reported)
    {
        var sentence = context.Tokens[reported.First].Sentence;
        for (var k = Math.Max(0, reported.First - 3); k < reported.Last; k++)
        {
            if (context.Tokens[k].Sentence == sentence && (context.Classes[k] & Published) != 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool ClauseInGap(CheckContext context, LexiconMatch reported)
    {
        for (var k = reported.First + 1; k < reported.Last; k++)
        {
            if (context.Tokens[k].Key is "ik" or "wij" or "we" or "maar" or "en" or "want" or "omdat" or "dus" or "toen" or "terwijl")
            {
                return true;
            }
        }

        return false;
    }
}
