namespace Protocolwacht.Imports.School;

/// <summary>Builds one guardian from the columns that describe them, on a pupil's row or a row of their own.</summary>
internal static class GuardianReading
{
    public static ImportedGuardian? Read(PupilRowContext row, IReadOnlyDictionary<GuardianField, int> columns, PupilColumnMap map, string who)
    {
        int Column(GuardianField field) => columns.TryGetValue(field, out var c) ? c : -1;

        var parts = new[] { GuardianField.Name, GuardianField.FirstName, GuardianField.Prefix, GuardianField.LastName, GuardianField.Relation, GuardianField.Email, GuardianField.Phone };
        if (parts.All(f => row.Text(Column(f)) is null))
        {
            return null;
        }

        var name = row.Text(Column(GuardianField.Name))
            ?? string.Join(' ', new[] { GuardianField.FirstName, GuardianField.Prefix, GuardianField.LastName }.Select(f => row.Text(Column(f))).OfType<string>());
        var email = row.Email(Column(GuardianField.Email), $"Het e-mailadres van {who}");
        var phone = row.Phone(Column(GuardianField.Phone), $"Het telefoonnummer van {who}");
        var relation = row.Text(Column(GuardianField.Relation)) is { } word ? map.RelationOf(word) : GuardianRelation.Unknown;
        if (name.Length == 0)
        {
            row.Error(Column(GuardianField.Email) >= 0 ? Column(GuardianField.Email) : Column(GuardianField.Relation),
                $"De naam van {who} ontbreekt, terwijl er wel andere gegevens van {who} zijn.");
            return null;
        }

        return new ImportedGuardian(name, relation, email, phone);
    }
}
