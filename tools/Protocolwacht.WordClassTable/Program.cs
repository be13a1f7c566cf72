using Protocolwacht.Checks.Language;

// Usage: dotnet run --project tools/Protocolwacht.WordClassTable -c Release -- [repository root]
// Expands the word classes from the data embedded in the Checks assembly this tool was just built with (so run it
// after regenerating forms.tsv or editing a class file) and writes them ready to load.
var root = Path.GetFullPath(args.Length > 0 ? args[0] : ".");
var path = Path.Combine(root, "src", "Protocolwacht.Checks", "Language", "Data", "classes.bin");
var classes = WordClasses.Expanded();
var bytes = WordClassTable.Write(classes.Names, classes.Forms, WordClassTable.SourceHash());
File.WriteAllBytes(path, bytes);
Console.WriteLine($"{path}: {classes.Names.Count} classes, {classes.Forms.Count} forms, {bytes.Length} bytes");
