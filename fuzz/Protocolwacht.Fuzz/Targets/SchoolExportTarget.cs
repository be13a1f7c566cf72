using Protocolwacht.Imports.School;
using Protocolwacht.Imports.Staff;

namespace Protocolwacht.Fuzz.Targets;

/// <summary>
/// The school-system and HR exports (issue 15): the first byte picks the reader and the file name
/// (CSV, a spreadsheet or EDEXML), the rest is the file.
/// </summary>
internal sealed class SchoolExportTarget : IFuzzTarget
{
    private readonly PupilFileReader _pupils = new(TimeProvider.System);
    private readonly GuardianFileReader _guardians = new();
    private readonly StaffFileReader _staff = new();
    private readonly EdexmlReader _edexml = new(TimeProvider.System);

    public void Run(ReadOnlySpan<byte> input)
    {
        var choice = input.IsEmpty ? 0 : input[0] % 6;
        using var stream = new MemoryStream(input.IsEmpty ? [] : input[1..].ToArray());
        switch (choice)
        {
            case 0: ImportRows.Verify(_pupils.Read(stream, "leerlingen.csv", "12AB"), "leerlingen.csv"); break;
            case 1: ImportRows.Verify(_pupils.Read(stream, "leerlingen.xlsx"), "leerlingen.xlsx"); break;
            case 2: ImportRows.Verify(_guardians.Read(stream, "ouders.csv"), "ouders.csv"); break;
            case 3: ImportRows.Verify(_staff.Read(stream, "personeel.csv"), "personeel.csv"); break;
            case 4: ImportRows.Verify(_staff.Read(stream, "personeel.xlsx"), "personeel.xlsx"); break;
            default: ImportRows.Verify(_edexml.Read(stream, "EDEX.XML"), "EDEX.XML"); break;
        }
    }
}
