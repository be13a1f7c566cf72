using Protocolwacht.Checks.Guidelines;

namespace Protocolwacht.Checks.Rules.PersonalDataJudges;

/// <summary>The reason every personal-data message ends with, cited from the protocol.</summary>
internal static class Privacy
{
    public static string Reason => $"de privacy van anderen wordt gerespecteerd ({Protocol.BG5.Title})";
}
