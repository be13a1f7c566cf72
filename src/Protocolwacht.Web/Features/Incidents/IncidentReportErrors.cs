using System.Globalization;
using Protocolwacht.Domain.Incidents;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Domain.Time;

namespace Protocolwacht.Web.Features.Incidents;

/// <summary>One thing wrong with a report: the id of the field it is about (null: the report as a whole) and what to do, in Dutch.</summary>
public sealed record IncidentFieldError(string? Field, string Message);

/// <summary>
/// Everything wrong with a report's fields at once, each named beside its field and listed in a summary at the form's
/// top (_ReportFields.cshtml), before the register is asked. A parent on a phone who left the description empty used to
/// get one sentence above the form, the next mistake only after sending again, and nothing at the field itself. The
/// limits are the domain's (<see cref="Incident"/>), which still checks every report: what it refuses beyond these is
/// shown in the summary. A person's description without a role is an error here, not dropped: the register keeps only
/// people with a role, and a parent's "mijn dochter, groep 6" would have vanished without a word.
/// </summary>
public static class IncidentReportErrors
{
    private const string NoDescription = "Beschrijf wat er is gebeurd.";
    private const string DescriptionTooLong = "De beschrijving is te lang (hoogstens {0} tekens).";
    private const string ContactTooLong = "Uw e-mailadres of telefoonnummer is te lang (hoogstens {0} tekens).";
    private const string PersonWithoutRole = "Kies de rol van betrokkene {0}, of maak de omschrijving leeg.";
    private const string UnknownRole = "Kies de rol van betrokkene {0} uit de lijst.";
    private const string PersonTooLong = "De omschrijving van betrokkene {0} is te lang (hoogstens {1} tekens).";
    private const string DiscoveredLater = "Het moment van ontdekking ligt in de toekomst.";

    // Incident.Report's limit for a person's description (the field's maxlength).
    private const int MaxPersonDescription = 100;

    public static IReadOnlyList<IncidentFieldError> Of(IncidentReport report, OrganisationModel organisation, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(organisation);
        var errors = new List<IncidentFieldError>();
        if (organisation.FindSchool(report.SchoolId) is null)
        {
            errors.Add(new("Report_SchoolId", "Kies de school waar het incident over gaat."));
        }

        if (report.Category is null)
        {
            errors.Add(new("Report_Category", "Kies wat voor incident het is."));
        }

        var description = report.Description?.Trim() ?? string.Empty;
        if (description.Length == 0)
        {
            errors.Add(new("Report_Description", NoDescription));
        }
        else if (description.Length > Incident.MaxDescriptionLength)
        {
            errors.Add(new("Report_Description", Format(DescriptionTooLong, Incident.MaxDescriptionLength)));
        }

        if (report.DiscoveredAt is { } local && DutchTime.ToUtc(local) > now)
        {
            errors.Add(new("Report_DiscoveredAt", DiscoveredLater));
        }

        for (var i = 0; i < report.People.Count; i++)
        {
            PersonErrors(report.People[i], i, errors);
        }

        if (report.ReporterContact?.Trim().Length > Incident.MaxShortText)
        {
            errors.Add(new("Report_ReporterContact", Format(ContactTooLong, Incident.MaxShortText)));
        }

        return errors;
    }

    private static void PersonErrors(IncidentReport.PersonInput person, int index, List<IncidentFieldError> errors)
    {
        var number = index + 1;
        var hasRole = !string.IsNullOrWhiteSpace(person.Role);
        if (!hasRole && !string.IsNullOrWhiteSpace(person.Description))
        {
            errors.Add(new(FieldOf(index, "Role"), Format(PersonWithoutRole, number)));
        }
        else if (hasRole && !Incident.PersonRoles.Contains(person.Role!.Trim()))
        {
            errors.Add(new(FieldOf(index, "Role"), Format(UnknownRole, number)));
        }

        if (person.Description?.Trim().Length > MaxPersonDescription)
        {
            errors.Add(new(FieldOf(index, "Description"), Format(PersonTooLong, number, MaxPersonDescription)));
        }
    }

    /// <summary>The id _ReportFields.cshtml gives a person's field: "Report_People_0__Role".</summary>
    public static string FieldOf(int index, string property) => $"Report_People_{index.ToString(CultureInfo.InvariantCulture)}__{property}";

    private static string Format(string template, params object[] values) => string.Format(CultureInfo.InvariantCulture, template, values);
}
