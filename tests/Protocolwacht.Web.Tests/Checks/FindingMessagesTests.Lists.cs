using Protocolwacht.Checks;
using Protocolwacht.Checks.Batch;
using Protocolwacht.Domain.Organisation;
using static Protocolwacht.Web.Tests.Support.Cultures;

namespace Protocolwacht.Web.Tests.Checks;

public sealed partial class FindingMessagesTests
{
    // Stop 37: three pupils on one photo read "Daan Kok en Finn Prins en …" in Dutch, and the English template for two
    // names left one "en" in the English sentence. The check now writes a Dutch list; the two-name template reads it.
    [Fact]
    public void ThreePupilsOnOnePhoto_ADutchList_ForAnEnglishReader_AnEnglishOne()
    {
        const string line = """{"id": "drie", "text": "Sfeerbeeld van de sportdag.", "account": {"kind": "school", "school": "regenboog", "channel": "facebook"}, "author": "tom.hendriks", "attachments": [{"kind": "image", "description": "kinderen bij de finish", "source": "own", "permission": null, "depicts": ["daan.kok", "finn.prins", "lotte.onbekend"], "unidentified_people": 0, "logo": false}]}""";
        var checker = ProtocolChecker.Create(OrganisationModel.Demo);
        var dutch = checker.Check(BatchFormat.ParseLine(line, 1).Request!).Findings.Select(f => f.Message).Single(m => m.Contains("geen toestemming voor beeldgebruik", StringComparison.Ordinal));

        var english = InCulture("en", () => Messages.Of(dutch));

        Assert.Contains("staat Daan Kok, Finn Prins en lotte.onbekend;", dutch, StringComparison.Ordinal);
        Assert.StartsWith("Daan Kok, Finn Prins and lotte.onbekend can be seen in", english, StringComparison.Ordinal);
        Assert.DoesNotContain(" en ", english, StringComparison.Ordinal);
    }
}
