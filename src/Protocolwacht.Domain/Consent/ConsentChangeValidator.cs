using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Domain.Consent;

/// <summary>
/// Decides whether a consent change may be recorded: the editor's right (<see cref="ConsentEditRules"/>),
/// a known purpose, and a giver who can give it: a parent or guardian of this child in the register, or the
/// student aged 16+ who is not in primary school (<see cref="ConsentGiver.MayConsentAlone"/>). A "ja" is
/// never recorded without such a giver, so a pupil without a parent in the register cannot get one.
/// Messages are Dutch, for the person editing.
/// </summary>
public static class ConsentChangeValidator
{
    public static ConsentChangeCheck Check(StaffMember editor, Student student, IReadOnlyCollection<Parent> parentsOfStudent, IReadOnlySet<string> activePurposes, ConsentChangeRequest request)
    {
        ArgumentNullException.ThrowIfNull(editor);
        ArgumentNullException.ThrowIfNull(student);
        ArgumentNullException.ThrowIfNull(parentsOfStudent);
        ArgumentNullException.ThrowIfNull(activePurposes);
        ArgumentNullException.ThrowIfNull(request);
        if (!ConsentEditRules.MayEdit(editor, student))
        {
            return ConsentChangeCheck.Forbidden("Alleen de directie van de school van deze leerling en stafmedewerkers mogen toestemmingen wijzigen.");
        }

        var errors = new List<string>();
        if (!activePurposes.Contains(request.PurposeCode))
        {
            errors.Add($"Onbekend doel '{request.PurposeCode}'.");
        }

        var answers = request.Withdraw || request.Value != ConsentValue.NotRecorded;
        var alone = ConsentGiver.MayConsentAlone(student);
        if (ConsentGiver.IsStudent(request.GivenBy) && !alone)
        {
            errors.Add($"{student.Name} zit op de basisschool en kan niet zelf toestemming geven; een ouder of voogd uit het register geeft of weigert de toestemming.");
        }

        if (request.Value == ConsentValue.Yes && !request.Withdraw && parentsOfStudent.Count == 0 && !alone)
        {
            errors.Add($"Voor {student.Name} staat geen ouder of voogd in het register. Leg eerst een ouder of voogd vast (in het organisatiebestand); tot dan kan er geen 'ja' worden vastgelegd.");
        }
        else if (answers && string.IsNullOrWhiteSpace(request.GivenBy))
        {
            errors.Add(alone
                ? "Vul in wie de toestemming geeft of intrekt: een ouder of voogd van de leerling of de leerling zelf (16 jaar of ouder)."
                : "Vul in wie de toestemming geeft of intrekt: een ouder of voogd van de leerling.");
        }
        else if (request.GivenBy is { Length: > 0 } giver && !ConsentGiver.IsStudent(giver) && !parentsOfStudent.Any(p => p.Id == giver))
        {
            errors.Add($"'{giver}' is geen ouder of voogd van {student.Name} in het register.");
        }

        return errors.Count == 0 ? ConsentChangeCheck.Ok : new ConsentChangeCheck(false, false, errors);
    }
}

/// <summary>The outcome of <see cref="ConsentChangeValidator.Check"/>; <see cref="IsForbidden"/> separates "not yours" from "not valid".</summary>
public sealed record ConsentChangeCheck(bool Allowed, bool IsForbidden, IReadOnlyList<string> Errors)
{
    public static readonly ConsentChangeCheck Ok = new(true, false, []);

    public static ConsentChangeCheck Forbidden(string message) => new(false, true, [message]);
}
