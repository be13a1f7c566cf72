using Protocolwacht.Checks.Language;

namespace Protocolwacht.Checks.Rules.CopyrightJudges;

/// <summary>The class bits the copyright judges read, resolved once by name from the class data.</summary>
internal static class CopyWords
{
    private static readonly WordClasses C = WordClasses.Default;

    public static readonly ClassMask Permission = C.Mask("permission");
    public static readonly ClassMask Work = C.Mask("creative-work");
    public static readonly ClassMask Creator = C.Mask("creator");
    public static readonly ClassMask CopyVerb = C.Mask("copy-verb");
    public static readonly ClassMask Negation = C.Mask("negation");
    public static readonly ClassMask Page = C.Mask("page");
    public static readonly ClassMask CaptureVerb = C.Mask("capture-verb");

    /// <summary>True when any token of the post has one of the classes.</summary>
    public static bool Anywhere(CheckContext context, ClassMask mask)
    {
        foreach (var c in context.Classes)
        {
            if ((c & mask) != 0)
            {
                return true;
            }
        }

        return false;
    }
}
