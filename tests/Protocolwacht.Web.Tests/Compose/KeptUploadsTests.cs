using Microsoft.Extensions.Time.Testing;
using Protocolwacht.Web.Features.Attachments;
using Protocolwacht.Web.Features.Compose;

namespace Protocolwacht.Web.Tests.Compose;

/// <summary>The store of files kept after a form error: whose they are, for which draft, for how long, and what is left of them after.</summary>
public sealed class KeptUploadsTests
{
    private static ReadUpload Photo() => new("klas.png", [1, 2, 3, 4], null);

    [Fact]
    public void Take_ByTheSender_GivesTheFile_ByAnyoneElse_Nothing_AndLeavesItForTheSender()
    {
        var store = new KeptUploads(new FakeTimeProvider());
        var token = store.Keep("tom.hendriks", null, Photo())!;

        var byOther = store.Take(token, "kees.devries", null);
        var bySender = store.Take(token, "tom.hendriks", null);

        Assert.Null(byOther);
        Assert.Equal([1, 2, 3, 4], bySender!.Content);
        Assert.Equal(0, store.Count);
    }

    [Fact]
    public void Take_ForAnotherDraftThanItWasKeptFor_GivesNothing()
    {
        var store = new KeptUploads(new FakeTimeProvider());
        var draft = Guid.NewGuid();
        var token = store.Keep("tom.hendriks", draft, Photo())!;

        Assert.Null(store.Take(token, "tom.hendriks", Guid.NewGuid()));
        Assert.NotNull(store.Take(token, "tom.hendriks", draft));
    }

    [Fact]
    public void Sweep_AfterKeepFor_ForgetsTheFile_AndClearsItsBytes()
    {
        var clock = new FakeTimeProvider();
        var store = new KeptUploads(clock);
        var photo = Photo();
        var token = store.Keep("tom.hendriks", null, photo);
        clock.Advance(KeptUploads.KeepFor - TimeSpan.FromSeconds(1));
        Assert.Equal(0, store.Sweep()); // still within its time

        clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(1, store.Sweep());
        Assert.Null(store.Take(token, "tom.hendriks", null));
        Assert.All(photo.Content, b => Assert.Equal(0, b));
    }

    [Fact]
    public void Keep_ASecondFileForTheSameDraft_ReplacesTheFirst()
    {
        var store = new KeptUploads(new FakeTimeProvider());
        var first = Photo();
        var firstToken = store.Keep("tom.hendriks", null, first);

        store.Keep("tom.hendriks", null, Photo());

        Assert.Equal(1, store.Count);
        Assert.Null(store.Take(firstToken, "tom.hendriks", null));
        Assert.All(first.Content, b => Assert.Equal(0, b));
    }
}
