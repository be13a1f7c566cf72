namespace Protocolwacht.Persistence.Organisation;

/// <summary>What an import changed, for the person who ran it.</summary>
public sealed record OrganisationImportSummary(int Added, int Updated, int Removed, int ConsentChanges, int SignInAccountsCreated)
{
    public override string ToString() =>
        $"{Added} toegevoegd, {Updated} bijgewerkt, {Removed} verwijderd, {ConsentChanges} toestemmingen vastgelegd, {SignInAccountsCreated} aanmeldaccounts aangemaakt";
}
