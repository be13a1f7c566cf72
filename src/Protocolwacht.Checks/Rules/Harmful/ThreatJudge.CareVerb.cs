using Protocolwacht.Checks.Normalisation;

namespace Protocolwacht.Checks.Rules.Harmful;

internal static partial class ThreatJudge
{
    // Thirty-seventh pass (hate33): the verbs of a warning to take care, also in the chat spelling that drops the n of
    // "-en" ("die X moete maar oppasse"), which the typing-slip reading keeps beside the key (Language/Typos).
    private static bool CareVerb(in Token token) => token.AnyKey(static key => key is "oppassen" or "uitkijken" or "opletten");
}
