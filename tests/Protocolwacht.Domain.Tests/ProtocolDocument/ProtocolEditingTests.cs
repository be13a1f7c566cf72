using Protocolwacht.Domain.ProtocolDocument;

namespace Protocolwacht.Domain.Tests.ProtocolDocument;

/// <summary>The protocol editor's text form and the difference between two versions (issue #12 item 5).</summary>
public sealed class ProtocolEditingTests
{
    private static readonly Domain.ProtocolDocument.ProtocolDocument Konot = Domain.ProtocolDocument.ProtocolDocument.Konot;

    [Fact]
    public void EveryPartOfTheProtocol_WrittenAndReadAgain_HasTheSameBlocks()
    {
        var parts = Konot.Sections.SelectMany(s => s.Parts).ToList();

        Assert.Contains(parts, p => p.Blocks.Any(b => b.Items is not null)); // lists are in the test
        foreach (var part in parts)
        {
            var again = PartText.Read(PartText.Write(part.Blocks));
            Assert.Equal(Describe(part.Blocks), Describe(again));
        }
    }

    [Fact]
    public void Read_ParagraphLinesJoin_BulletsBecomeAList_EmptyTextHasNoBlocks()
    {
        var blocks = PartText.Read("Eerste regel\r\nloopt door.\n\n- een\n- twee\nSlot.\n\n* Een voetnoot.");

        Assert.Equal(["Eerste regel loopt door.", "[een|twee]", "Slot.", "* Een voetnoot."], Describe(blocks));
        Assert.Empty(PartText.Read("  \n\n "));
    }

    [Fact]
    public void Compare_SameDocument_NoChanges_ChangedAddedAndRemovedParts_InTheNewOrder()
    {
        Assert.Empty(ProtocolComparison.Compare(Konot, Konot));

        var first = Konot.Sections.First(s => s.Parts.Count > 1);
        var changed = first.Parts[0];
        var removed = first.Parts[1];
        var edited = Konot with
        {
            Sections = [.. Konot.Sections.Select(s => s != first ? s : s with
            {
                Parts = [changed with { Blocks = [new ProtocolBlock("Een nieuwe tekst.", null)] }, .. s.Parts.Skip(2),
                    new ProtocolPart("R99", [new ProtocolBlock("Nieuw onderdeel.", null)], false)],
            })],
        };

        var changes = ProtocolComparison.Compare(Konot, edited);

        Assert.Equal([changed.Id, "R99", removed.Id], changes.Select(c => c.Key));
        Assert.Equal("Een nieuwe tekst.", changes[0].After);
        Assert.NotNull(changes[0].Before);
        Assert.Null(changes[1].Before);
        Assert.Null(changes[2].After);
    }

    private static List<string> Describe(IEnumerable<ProtocolBlock> blocks) =>
        [.. blocks.Select(b => b.Text ?? $"[{string.Join("|", b.Items ?? [])}]")];
}
