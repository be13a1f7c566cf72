using Microsoft.Extensions.DependencyInjection;
using Protocolwacht.Domain.Archive;
using Protocolwacht.History;
using Protocolwacht.Persistence.Archive;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using static Protocolwacht.Cli.Tests.History.HistoryCli;

namespace Protocolwacht.Cli.Tests.History;

/// <summary><c>protocolwacht search</c> on SQLite and PostgreSQL: Dutch inflections and compounds, phrases, filters, highlighting, redaction.</summary>
public sealed class SearchCommandTests
{
    private const string Posts = """
        date,text,url
        2023-04-12 10:00,De voetbalwedstrijden van groep 8 waren spannend!,https://example.org/1
        2024-06-03 09:00,Onze schoolreis naar het bos was geweldig,https://example.org/2
        2024-09-10 19:00,Ouderavond op dinsdag: welkom in de aula,https://example.org/3
        """;

    [Theory]
    [AllDatabases]
    public async Task Search_FindsInflectionsAndCompoundParts_PhrasesAndFilters_WithHighlights(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var files = new TemporaryFolder("pw-history-");
        Assert.Equal(0, (await RunAsync(["import", "csv", files.File("a.csv", Posts), "--account", "regenboog-x", .. Location(database)])).ExitCode);
        Assert.Equal(0, (await RunAsync(["import", "csv", files.File("b.csv", "date,text,url\n2024-01-15 10:00,Wedstrijd schaken in de aula,https://example.org/9\n"), "--account", "kompas-instagram", .. Location(database)])).ExitCode);

        // "wedstrijd" is a part of "voetbalwedstrijden", which is also a plural.
        var compound = await RunAsync(["search", "wedstrijd", .. Location(database)]);
        Assert.Equal(0, compound.ExitCode);
        Assert.StartsWith("2 resultaten;", compound.Out, StringComparison.Ordinal);
        Assert.Contains("De [[voetbalwedstrijden]] van groep 8", compound.Out, StringComparison.Ordinal);
        Assert.Contains("[[Wedstrijd]] schaken", compound.Out, StringComparison.Ordinal);

        var inflected = await RunAsync(["search", "schoolreizen or reis", .. Location(database)]);
        Assert.StartsWith("1 resultaat;", inflected.Out, StringComparison.Ordinal);

        var phrase = await RunAsync(["search", "\"groep 8\"", .. Location(database)]);
        Assert.StartsWith("1 resultaat;", phrase.Out, StringComparison.Ordinal);
        var notAPhrase = await RunAsync(["search", "\"8 groep\"", .. Location(database)]);
        Assert.StartsWith("0 resultaten;", notAPhrase.Out, StringComparison.Ordinal);

        var filtered = await RunAsync(["search", "wedstrijd", "--account", "kompas-instagram", .. Location(database)]);
        Assert.StartsWith("1 resultaat;", filtered.Out, StringComparison.Ordinal);
        Assert.Contains("kompas-instagram", filtered.Out, StringComparison.Ordinal);
        Assert.StartsWith("1 resultaat;", (await RunAsync(["search", "aula", "--school", "regenboog", .. Location(database)])).Out, StringComparison.Ordinal);
        Assert.StartsWith("2 resultaten;", (await RunAsync(["search", "aula", "--source", "imported", .. Location(database)])).Out, StringComparison.Ordinal);
        Assert.StartsWith("0 resultaten;", (await RunAsync(["search", "aula", "--source", "published", .. Location(database)])).Out, StringComparison.Ordinal);
        Assert.StartsWith("1 resultaat;", (await RunAsync(["search", "wedstrijd", "--from", "2024-01-01", "--to", "2024-12-31", .. Location(database)])).Out, StringComparison.Ordinal);
        Assert.StartsWith("0 resultaten;", (await RunAsync(["search", "wedstrijd", "--verdict", "block", .. Location(database)])).Out, StringComparison.Ordinal);
        Assert.StartsWith("1 resultaat;", (await RunAsync(["search", "aula -schaken", .. Location(database)])).Out, StringComparison.Ordinal);
    }

    [Theory]
    [AllDatabases]
    public async Task RedactedRecord_IsNotFoundByItsText_EvenAfterARebuild(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var files = new TemporaryFolder("pw-history-");
        Assert.Equal(0, (await RunAsync(["import", "csv", files.File("a.csv", Posts), "--account", "regenboog-x", .. Location(database)])).ExitCode);
        Assert.StartsWith("1 resultaat;", (await RunAsync(["search", "ouderavond", .. Location(database)])).Out, StringComparison.Ordinal);

        await using (var services = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(database.Time)
            .AddProtocolwachtDatabase(database.Configuration(), Directory.GetCurrentDirectory()).AddHistory().BuildServiceProvider())
        {
            await using var scope = services.CreateAsyncScope();
            var redacted = await scope.ServiceProvider.GetRequiredService<ArchiveRedactions>().RedactAsync(3, RedactionGround.Request, "Verzoek van een ouder", "anouk.smit", "marieke.jansen");
            Assert.True(redacted.Succeeded, redacted.Error);
        }

        Assert.StartsWith("0 resultaten;", (await RunAsync(["search", "ouderavond", .. Location(database)])).Out, StringComparison.Ordinal);
        Assert.StartsWith("1 resultaat;", (await RunAsync(["search", "schoolreis", .. Location(database)])).Out, StringComparison.Ordinal);

        var rebuilt = await RunAsync(["search", "ouderavond", "--rebuild", .. Location(database)]);
        Assert.Contains("Zoekindex opnieuw opgebouwd: 2 bericht(en).", rebuilt.Out, StringComparison.Ordinal);
        Assert.Contains("0 resultaten;", rebuilt.Out, StringComparison.Ordinal);
        Assert.Equal(0, (await RunAsync(["archive", "verify", .. Location(database)])).ExitCode);
    }

    [Fact]
    public async Task OnlyExclusions_IsAUsageError()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var run = await RunAsync(["search", "-aula", .. Location(database)]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Geef minstens één zoekwoord", run.Error, StringComparison.Ordinal);
    }
}
