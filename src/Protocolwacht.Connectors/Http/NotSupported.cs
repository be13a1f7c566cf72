namespace Protocolwacht.Connectors.Http;

/// <summary>Answers for requests a connector refuses before calling the platform.</summary>
internal static class NotSupported
{
    public static PublishOutcome Media(PlatformCapabilities capabilities, PublishRequest request)
    {
        var kinds = request.Media.Select(m => m.Kind).Where(k => !capabilities.MediaKinds.Contains(k)).Distinct().ToList();
        if (kinds.Count > 0)
        {
            var names = string.Join(", ", kinds.Select(DutchName));
            return new PublishOutcome.Failed(true, $"De koppeling met {capabilities.DisplayName} kan deze bijlagen niet plaatsen: {names}. Plaats het bericht zonder deze bijlagen of kies een ander account.", null);
        }

        return new PublishOutcome.Failed(true, $"{capabilities.DisplayName} neemt hoogstens {capabilities.MaxMediaCount} bijlage(n) per bericht; dit bericht heeft er {request.Media.Count}.", null);
    }

    public static bool MediaFits(PlatformCapabilities capabilities, PublishRequest request) =>
        request.Media.Count <= capabilities.MaxMediaCount && request.Media.All(m => capabilities.MediaKinds.Contains(m.Kind));

    public static PublishOutcome Edit(PlatformCapabilities capabilities) =>
        new PublishOutcome.Failed(true, $"{capabilities.DisplayName} staat niet toe dat een geplaatst bericht wordt bewerkt. Verwijder het en plaats een nieuw bericht.", null);

    public static DeleteOutcome Delete(PlatformCapabilities capabilities) =>
        new DeleteOutcome.Failed(true, $"De koppeling met {capabilities.DisplayName} kan geplaatste berichten niet verwijderen; verwijder het bericht op {capabilities.DisplayName} zelf.", null);

    public static Reactions.ModerationOutcome Hide(PlatformCapabilities capabilities) =>
        new Reactions.ModerationOutcome.Failed(true, $"{capabilities.DisplayName} laat een account reacties niet verbergen; meld een reactie die ingaat tegen de regels op {capabilities.DisplayName} zelf.");

    private static string DutchName(MediaKind kind) => kind switch
    {
        MediaKind.Image => "afbeelding",
        MediaKind.Video => "video",
        MediaKind.Document => "document",
        _ => kind.ToString(),
    };
}
