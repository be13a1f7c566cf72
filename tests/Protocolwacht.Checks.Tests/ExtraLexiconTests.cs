using Protocolwacht.Checks.Lexicons;
using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Checks.Tests;

public class ExtraLexiconTests
{
    [Fact]
    public void Create_WithExtraFolder_AddsAdministratorEntries()
    {
        var folder = Directory.CreateTempSubdirectory("protocolwacht-lexicon");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "profanity.tsv"), "# extra\nbroekhoest*\tswear\n");
            var checker = ProtocolChecker.Create(OrganisationModel.Demo, new CheckOptions { ExtraLexiconFolder = folder.FullName });
            var request = new CheckRequest("Wat een broekhoestweer", new AccountContext(AccountKind.Personal, null, null), null, null, []);

            Assert.True(checker.Check(request).Has(Categories.Profanity));
            Assert.False(TestChecker.Instance.Check(request).Has(Categories.Profanity));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Create_AgainForAnotherOrganisation_ReusesTheCompiledLexicons()
    {
        var first = LexiconSet.For(null);

        Assert.Same(first, LexiconSet.For(null));
    }

    [Fact]
    public void Create_AfterTheAdministratorEditsTheExtraFolder_SeesTheNewEntry()
    {
        var folder = Directory.CreateTempSubdirectory("protocolwacht-lexicon");
        try
        {
            var file = Path.Combine(folder.FullName, "profanity.tsv");
            File.WriteAllText(file, "broekhoest*\tswear\n");
            var options = new CheckOptions { ExtraLexiconFolder = folder.FullName };
            var request = new CheckRequest("Wat een sokkenzweetdag", new AccountContext(AccountKind.Personal, null, null), null, null, []);
            Assert.False(ProtocolChecker.Create(OrganisationModel.Demo, options).Check(request).Has(Categories.Profanity));

            File.WriteAllText(file, "broekhoest*\tswear\nsokkenzweet*\tswear\n");

            Assert.True(ProtocolChecker.Create(OrganisationModel.Demo, options).Check(request).Has(Categories.Profanity));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Check_IsThreadSafe()
    {
        var texts = new[] { "Wat een kutdag", "Emma de Wit won", "Bel 06-12345678", "Mooie dag!" };
        var expected = texts.Select(t => TestChecker.Personal(t).Verdict).ToArray();

        Parallel.For(0, 2000, i =>
        {
            var k = i % texts.Length;
            Assert.Equal(expected[k], TestChecker.Personal(texts[k]).Verdict);
        });
    }
}
