using System.Globalization;
using System.Text;

namespace Protocolwacht.Persistence.Privacy;

/// <summary>
/// The entry for Protocolwacht in the board's processing register (verwerkingsregister, AVG art. 30),
/// generated from the configuration so the retention terms in it are the ones the app applies. A draft
/// the privacy officer adopts: the controller's name and contact come from the organisation, the rest
/// describes what this app does.
/// </summary>
public sealed record ProcessingRegister(
    string Controller,
    IReadOnlyList<string> Purposes,
    IReadOnlyList<string> LegalBases,
    IReadOnlyList<string> DataSubjects,
    IReadOnlyList<(string Category, string Data)> DataCategories,
    IReadOnlyList<(string What, string Term)> Retention,
    IReadOnlyList<string> Recipients,
    IReadOnlyList<string> SecurityMeasures)
{
    public const string Title = "Verwerkingsregister: Protocolwacht (sociale media van het bestuur en de scholen)";

    /// <param name="archiveRetention">The archive's periods per record type (<c>Archive:Retention</c>); zero or missing is forever.</param>
    public static ProcessingRegister From(string controller, RetentionOptions retention, IReadOnlyDictionary<string, TimeSpan> archiveRetention)
    {
        ArgumentNullException.ThrowIfNull(retention);
        ArgumentNullException.ThrowIfNull(archiveRetention);
        return new ProcessingRegister(
            controller,
            [
                "Berichten voor de officiële sociale-media-accounts van het bestuur en de scholen opstellen, toetsen aan het sociale-mediaprotocol en publiceren.",
                "Toestemming van ouders en leerlingen voor beeldmateriaal en namen op sociale media vastleggen en aantonen.",
                "Verantwoording: een blijvend, controleerbaar archief van wat gepubliceerd is, en een auditlog van wijzigingen.",
                "Online veiligheidsincidenten en datalekken registreren en afhandelen.",
            ],
            [
                "Toestemming (AVG art. 6 lid 1 sub a) voor foto's en namen van leerlingen op sociale media.",
                "Gerechtvaardigd belang / publieke taak van het bestuur voor communicatie, verantwoording en beveiliging.",
                "Wettelijke plicht (AVG art. 33 en 34) voor het register van datalekken.",
            ],
            ["Leerlingen", "Ouders en verzorgers", "Medewerkers", "Melders van incidenten (optioneel contactgegeven)"],
            [
                ("Leerlingen", "naam, school, groep, leerlingnummer, '16 of ouder' (geen geboortedatum, geen adres), foto's in berichten"),
                ("Ouders en verzorgers", "naam en relatie tot het kind; geen adres, e-mailadres of telefoonnummer"),
                ("Toestemming", "per doel: waarde, wie gaf, geldig vanaf, intrekking, wie het vastlegde en wanneer"),
                ("Medewerkers", "naam, rol, functie, school, leidinggevende, werk-e-mailadres, aanmeldaccount, gelezen protocolversies"),
                ("Berichten en archief", "tekst, bijlagen, controle-uitkomst, advies en goedkeuring, publicatiegegevens"),
                ("Auditlog en aanmeldingen", "wie deed wat wanneer, met id's; geen namen of berichttekst"),
            ],
            [
                ("Inhoud van gepubliceerde berichten in het archief", Term(archiveRetention, "published.v1", "na publicatie")),
                ("Inhoud van geïmporteerde berichten in het archief", Term(archiveRetention, "imported.v1", "na import")),
                ("Bijlagen waarop leerlingen staan", Term(retention.AttachmentsWithPupils, "na de laatste wijziging van het bericht")),
                ("Vertrokken leerlingen met hun toestemmingsgeschiedenis en ouders", Term(retention.ConsentHistoryAfterLeaving, "na de vertrekdatum")),
                ("Afgesloten incidenten", Term(retention.ClosedIncidents, "na afsluiten")),
                ("Auditlog (behalve aanmeldingen)", Term(retention.AuditLog, "na de gebeurtenis")),
                ("Aanmeldgegevens", Term(retention.SignInRecords, "na de aanmelding")),
            ],
            [
                "De sociale-mediaplatforms van de officiële accounts (alleen wat gepubliceerd wordt).",
                "Medewerkers van het bestuur en de scholen, elk alleen voor de eigen school en rol.",
                "De Autoriteit Persoonsgegevens bij een gemeld datalek.",
            ],
            [
                "Toegang alleen na aanmelding; rechten per rol en school, elke toegang tot persoonsgegevens gecontroleerd.",
                "Foto's van leerlingen alleen met vastgelegde toestemming; de controle houdt berichten zonder toestemming tegen.",
                "Archief alleen-toevoegen met ondertekende boomkoppen (controleerbaar met 'protocolwacht archive verify').",
                "Auditlog van wijzigingen, exports en wissen; logbestanden zonder namen, e-mailadressen of berichttekst.",
                "Sleutels gescheiden van de gegevens; beveiligingskoppen (CSP, HSTS) op elk antwoord.",
                "Bewaartermijnen worden dagelijks automatisch toegepast.",
            ]);
    }

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# {Title}\n\n**Verwerkingsverantwoordelijke:** {Controller}\n");
        List(text, "Doeleinden", Purposes);
        List(text, "Grondslagen", LegalBases);
        List(text, "Categorieën betrokkenen", DataSubjects);
        text.Append("\n## Categorieën persoonsgegevens\n\n| Categorie | Gegevens |\n| --- | --- |\n");
        foreach (var (category, data) in DataCategories)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {category} | {data} |\n");
        }

        text.Append("\n## Bewaartermijnen\n\n| Gegevens | Termijn |\n| --- | --- |\n");
        foreach (var (what, term) in Retention)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {what} | {term} |\n");
        }

        List(text, "Ontvangers", Recipients);
        List(text, "Beveiligingsmaatregelen", SecurityMeasures);
        return text.ToString();
    }

    private static void List(StringBuilder text, string heading, IReadOnlyList<string> items)
    {
        text.Append(CultureInfo.InvariantCulture, $"\n## {heading}\n\n");
        foreach (var item in items)
        {
            text.Append(CultureInfo.InvariantCulture, $"- {item}\n");
        }
    }

    private static string Term(IReadOnlyDictionary<string, TimeSpan> periods, string type, string from) =>
        periods.TryGetValue(type, out var period) ? Term(period, from) : "onbeperkt";

    /// <summary>"730 dagen na de vertrekdatum"; zero is "onbeperkt".</summary>
    public static string Term(TimeSpan period, string from) =>
        period > TimeSpan.Zero ? $"{period.TotalDays.ToString("0", CultureInfo.InvariantCulture)} dagen {from}" : "onbeperkt";
}
