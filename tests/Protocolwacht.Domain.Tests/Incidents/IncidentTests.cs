using Protocolwacht.Domain.Incidents;

namespace Protocolwacht.Domain.Tests.Incidents;

public class IncidentTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);

    private static Incident Breach(DateTimeOffset discovered) =>
        Incident.Report(Guid.NewGuid(), "regenboog", IncidentCategory.PrivacyBreach, IncidentSeverity.High, "Klassenlijst per ongeluk gedeeld in een openbare groep.",
            "karin.mulder", null, [new IncidentPerson("leerling", "groep 7")], discovered, "eva.degroot", Now, out _)!;

    [Fact]
    public void Reminders_DueAt24And48Hours_EachOnce_NoneAfterTheDecision()
    {
        var incident = Breach(Now);

        Assert.Empty(incident.DueReminders(Now.AddHours(24).AddSeconds(-1)));
        Assert.Equal([TimeSpan.FromHours(24)], incident.DueReminders(Now.AddHours(24)));
        Assert.True(incident.MarkReminder(TimeSpan.FromHours(24), Now.AddHours(24)));
        Assert.Empty(incident.DueReminders(Now.AddHours(30)));
        Assert.Equal([TimeSpan.FromHours(48)], incident.DueReminders(Now.AddHours(49)));

        Assert.Null(incident.RecordBreachDecision("eva.degroot", false, null, "Alleen namen, binnen een uur verwijderd; geen risico.", true, "brief aan ouders", Now.AddHours(49)));
        Assert.Empty(incident.DueReminders(Now.AddHours(50)));
    }

    [Fact]
    public void BreachDecision_NeedsReferenceOrReason_AndCloseNeedsTheDecisionAndAnEvaluation()
    {
        var incident = Breach(Now);

        Assert.Contains("meldnummer", incident.RecordBreachDecision("eva.degroot", true, " ", null, false, null, Now), StringComparison.Ordinal);
        Assert.Contains("waarom", incident.RecordBreachDecision("eva.degroot", false, null, null, false, null, Now), StringComparison.Ordinal);
        Assert.Contains("Autoriteit Persoonsgegevens", incident.Close("eva.degroot", "Goed opgepakt.", Now), StringComparison.Ordinal);
        Assert.Null(incident.ReportedToAuthority);

        Assert.Null(incident.RecordBreachDecision("eva.degroot", true, "AP-2026-123", null, true, null, Now));
        Assert.Contains("evaluatie", incident.Close("eva.degroot", "", Now), StringComparison.Ordinal);
        Assert.Null(incident.Close("eva.degroot", "Snel gehandeld; deelinstellingen aangepast.", Now.AddDays(1)));
        Assert.True(incident.IsClosed);
        Assert.Equal(3, incident.Timeline.Count); // reported, decision, closed: nothing from the refused steps
    }

    [Fact]
    public void Report_PersonWithUnknownRole_OrFutureDiscovery_IsRefused()
    {
        Assert.Null(Incident.Report(Guid.NewGuid(), "regenboog", IncidentCategory.Threat, IncidentSeverity.High, "Dreigbericht.", null, null,
            [new IncidentPerson("Noah de Vries, Dorpsstraat 1", null)], null, null, Now, out var role));
        Assert.Contains("kies een rol", role, StringComparison.Ordinal);
        Assert.Null(Incident.Report(Guid.NewGuid(), "regenboog", IncidentCategory.PrivacyBreach, IncidentSeverity.High, "Lek.", null, null, [], Now.AddHours(1), null, Now, out var future));
        Assert.Contains("toekomst", future, StringComparison.Ordinal);
    }
}
