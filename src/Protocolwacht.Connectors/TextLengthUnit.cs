namespace Protocolwacht.Connectors;

/// <summary>How a platform counts text length.</summary>
public enum TextLengthUnit
{
    /// <summary>UTF-16 code units would over-count emoji; platforms in this group count Unicode code points.</summary>
    CodePoints,

    /// <summary>User-perceived characters (Bluesky's 300-grapheme limit).</summary>
    Graphemes,

    /// <summary>X's weighted count: most CJK and emoji count double, every URL counts 23.</summary>
    XWeighted,
}
