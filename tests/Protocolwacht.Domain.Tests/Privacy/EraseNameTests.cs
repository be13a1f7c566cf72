using Protocolwacht.Domain.Incidents;
using Protocolwacht.Domain.Privacy;
using Protocolwacht.Domain.Reactions;

namespace Protocolwacht.Domain.Tests.Privacy;

/// <summary>The erasure's redaction of the texts a pupil's name can reach outside a post: reactions and incidents.</summary>
public class EraseNameTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
    private static readonly PupilNameMatcher Ayla = new("Ayla Visser");

    [Fact]
    public void Reaction_OnATiedPost_LosesTheFirstNameToo_OnAnotherPostOnlyTheFullName()
    {
        var tied = Reaction("Wat knap van Ayla!");
        var other = Reaction("Wat knap van Ayla!");
        var full = Reaction("Gefeliciteerd Ayla Visser!");

        Assert.True(tied.EraseName(Ayla, tied: true));
        Assert.False(other.EraseName(Ayla, tied: false));
        Assert.True(full.EraseName(Ayla, tied: false));

        Assert.Equal(("Wat knap van [naam verwijderd]!", "Wat knap van Ayla!", "Gefeliciteerd [naam verwijderd]!"), (tied.Text, other.Text, full.Text));
    }

    [Fact]
    public void Incident_NamingThePupilInFull_LosesTheFirstNameInEveryText()
    {
        var incident = Incident.Report(Guid.NewGuid(), "regenboog", IncidentCategory.PupilBullying, IncidentSeverity.Medium,
            "Ayla Visser wordt gepest in de groepsapp.", "karin.mulder", null, [new IncidentPerson("leerling", "Ayla, groep 7")], null, "eva.degroot", Now, out _)!;
        incident.AddEntry("eva.degroot", "Gesprek met Ayla en haar ouders gehad.", Now);
        var version = incident.Version;

        Assert.True(incident.EraseName(Ayla));

        Assert.Equal("[naam verwijderd] wordt gepest in de groepsapp.", incident.Description);
        Assert.Equal("[naam verwijderd], groep 7", incident.People[0].Description);
        Assert.Contains(incident.Timeline, e => e.Text == "Gesprek met [naam verwijderd] en haar ouders gehad.");
        Assert.DoesNotContain(incident.Timeline, e => e.Text.Contains("Ayla", StringComparison.Ordinal));
        Assert.Equal(version + 1, incident.Version);
    }

    [Fact]
    public void Incident_WithOnlyTheFirstName_IsNotAboutThePupil_AndStays()
    {
        var incident = Incident.Report(Guid.NewGuid(), "regenboog", IncidentCategory.PupilBullying, IncidentSeverity.Low,
            "Ayla uit groep 3 is haar jas kwijt.", "karin.mulder", null, [], null, "eva.degroot", Now, out _)!;

        Assert.False(incident.EraseName(Ayla));
        Assert.Equal("Ayla uit groep 3 is haar jas kwijt.", incident.Description);
    }

    private static Reaction Reaction(string text) => Domain.Reactions.Reaction.Fetched(
        Guid.NewGuid(), "regenboog-x", "mastodon", Guid.NewGuid(), Guid.NewGuid(), new ReactionContent("1", null, "ouder", "Een Ouder", text, Now, null, false), Now);
}
