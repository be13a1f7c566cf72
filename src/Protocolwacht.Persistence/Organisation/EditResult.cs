namespace Protocolwacht.Persistence.Organisation;

/// <summary>An edit's outcome: not found, refused with Dutch messages per field, or saved.</summary>
public sealed record EditResult(bool Found, IReadOnlyDictionary<string, string> Errors)
{
    public static readonly EditResult NotFound = new(false, new Dictionary<string, string>());

    public static readonly EditResult Saved = new(true, new Dictionary<string, string>());

    public bool IsSaved => Found && Errors.Count == 0;
}
