namespace Protocolwacht.Web.Features.Shared;

/// <summary>How long something has waited, in Dutch words ("3 dagen", "5 uur", "net").</summary>
public static class Age
{
    public static string Dutch(TimeSpan waited) => waited switch
    {
        { TotalDays: >= 2 } => $"{(int)waited.TotalDays} dagen",
        { TotalDays: >= 1 } => "1 dag",
        { TotalHours: >= 2 } => $"{(int)waited.TotalHours} uur",
        { TotalHours: >= 1 } => "1 uur",
        { TotalMinutes: >= 2 } => $"{(int)waited.TotalMinutes} minuten",
        _ => "net",
    };
}
