using System.Globalization;
using Protocolwacht.Domain.Time;

namespace Protocolwacht.Web.Features.Shared;

/// <summary>How pages show moments: Dutch local time (the board's time zone), stored values stay UTC.</summary>
public static class Display
{
    public static string Moment(DateTimeOffset moment) =>
        DutchTime.Format(moment);

    public static string Moment(DateTimeOffset? moment) => moment is { } m ? Moment(m) : string.Empty;

    public static string Day(DateOnly? day) => day?.ToString("d-M-yyyy", CultureInfo.InvariantCulture) ?? string.Empty;
}
