namespace Protocolwacht.Persistence.Organisation;

/// <summary>What an import changed, for the person who ran it.</summary>
/// <param name="ConsentChanges">Consent answers seeded from the file for students the register did not know yet.</param>
/// <param name="ConsentConflicts">File answers that contradict the register and were therefore not recorded.</param>
public sealed record OrganisationImportSummary(int Added, int Updated, int Removed, int ConsentChanges, int SignInAccountsCreated, IReadOnlyList<ConsentConflict> ConsentConflicts)
{
    public override string ToString() =>
        $"{Added} toegevoegd, {Updated} bijgewerkt, {Removed} verwijderd, {ConsentChanges} toestemmingen vastgelegd, "
        + $"{ConsentConflicts.Count} {(ConsentConflicts.Count == 1 ? "toestemming" : "toestemmingen")} uit het bestand niet overgenomen, "
        + $"{SignInAccountsCreated} aanmeldaccounts aangemaakt";
}
