using Protocolwacht.Connectors;

namespace Protocolwacht.Web.Features.Publishing;

/// <summary>The codes pages and the live check use for how a platform counts text.</summary>
public static class LengthUnits
{
    public static string Code(TextLengthUnit unit) => unit switch
    {
        TextLengthUnit.XWeighted => "x-weighted",
        TextLengthUnit.Graphemes => "graphemes",
        _ => "code-points",
    };
}
