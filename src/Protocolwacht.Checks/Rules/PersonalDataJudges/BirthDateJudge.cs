namespace Protocolwacht.Checks.Rules.PersonalDataJudges;

/// <summary>A date of birth (the scanner only finds full dates beside "geboren" or "geboortedatum"), the author's own too.</summary>
internal static class BirthDateJudge
{
    public static string Judge(string quote) => $"Je noemt een geboortedatum ({quote}). Verwijder die: {Privacy.Reason}.";
}
