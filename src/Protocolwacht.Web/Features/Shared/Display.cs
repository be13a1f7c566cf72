using System.Globalization;
using Protocolwacht.Domain.Time;
using Protocolwacht.Web.Infrastructure.Localization;

namespace Protocolwacht.Web.Features.Shared;

/// <summary>
/// How pages show moments and days: Dutch local time (the board's time zone), stored values stay UTC. A Dutch reader
/// gets "8-12-2026 14:30" as always; an English reader "8 Dec 2026 14:30", a form no English reader takes for 12 August.
/// For the page being rendered only: a text that is stored (a notice, a hold's reason) is Dutch and uses
/// <see cref="DutchTime"/> itself, whoever's request wrote it.
/// </summary>
public static class Display
{
    private const string EnglishDay = "d MMM yyyy";

    public static string Moment(DateTimeOffset moment) =>
        UiText.IsEnglish ? English(moment, EnglishDay + " HH:mm") : DutchTime.Format(moment);

    public static string Moment(DateTimeOffset? moment) => moment is { } m ? Moment(m) : string.Empty;

    /// <summary>With seconds, for history and countdowns where they matter.</summary>
    public static string MomentWithSeconds(DateTimeOffset moment) =>
        UiText.IsEnglish ? English(moment, EnglishDay + " HH:mm:ss") : DutchTime.FormatWithSeconds(moment);

    public static string Day(DateOnly? day) =>
        day?.ToString(UiText.IsEnglish ? EnglishDay : "d-M-yyyy", CultureInfo.InvariantCulture) ?? string.Empty;

    // The invariant culture's month names are the English ones, the same on every machine.
    private static string English(DateTimeOffset moment, string format) =>
        DutchTime.ToLocal(moment).ToString(format, CultureInfo.InvariantCulture);
}
