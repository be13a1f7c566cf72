using Protocolwacht.Connectors.LinkedIn;
using Protocolwacht.TestSupport.Platforms.LinkedIn;

namespace Protocolwacht.Connectors.Tests.LinkedIn;

public sealed class LittleTextTests
{
    [Fact]
    public void Escape_ReservedCharacters_GetABackslash()
    {
        Assert.Equal(@"Juf \(groep 3\) \@ \[school\] \#tag \*vet\* \_x\_ \~ \| \{ \} \< \> \\", LittleText.Escape(@"Juf (groep 3) @ [school] #tag *vet* _x_ ~ | { } < > \"));
    }

    [Fact]
    public void Unescape_EscapedTextAndHashtagTemplates_GiveThePlainText()
    {
        Assert.Equal("Welkom (nieuw) #onderwijs #team", LittleText.Unescape(@"Welkom \(nieuw\) \#onderwijs {hashtag|\#|team}"));
    }

    [Fact]
    public void EscapeThenUnescape_ReturnsTheOriginal()
    {
        const string text = @"a\b (c) [d] {e} <f> @g #h *i* _j_ ~k~ |l|";

        Assert.Equal(text, LittleText.Unescape(LittleText.Escape(text)));
    }
}
