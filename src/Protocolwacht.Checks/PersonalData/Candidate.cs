namespace Protocolwacht.Checks.PersonalData;

internal enum CandidateKind
{
    Bsn,
    Iban,
    Phone,
    Email,
    Address,
    BirthDate,
}

/// <summary>A piece of contact or identification data found in the folded text (offsets into the folded text).</summary>
internal readonly record struct Candidate(CandidateKind Kind, int Start, int End, string Value);
