using Protocolwacht.Checks.Language;

// Usage: dotnet run --project tools/Protocolwacht.WordClassTable -c Release -- [repository root]
// Expands the word classes from the data embedded in the Checks assembly this tool was just built with (so run it
// after regenerating forms.tsv or editing a class file) and writes them ready to load; then writes the slots of the
// dictionary's and the names' word tables beside their files (words.slots, names.slots), from the files as they are.
var root = Path.GetFullPath(args.Length > 0 ? args[0] : ".");
var data = Path.Combine(root, "src", "Protocolwacht.Checks", "Language", "Data");
var path = Path.Combine(data, "classes.bin");
var classes = WordClasses.Expanded();
var bytes = WordClassTable.Write(classes.Names, classes.Forms, WordClassTable.SourceHash());
File.WriteAllBytes(path, bytes);
Console.WriteLine($"{path}: {classes.Names.Count} classes, {classes.Forms.Count} forms, {bytes.Length} bytes");

foreach (var words in new[] { "words.txt", "names.txt" })
{
    var table = WordTable.FromText(File.ReadAllBytes(Path.Combine(data, words)));
    var slots = table.WriteSlots();
    var slotsPath = Path.Combine(data, WordTable.SlotsFile(words));
    File.WriteAllBytes(slotsPath, slots);
    Console.WriteLine($"{slotsPath}: {table.Count} words, {slots.Length} bytes");
}
