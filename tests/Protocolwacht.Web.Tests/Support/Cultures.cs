using System.Globalization;

namespace Protocolwacht.Web.Tests.Support;

/// <summary>Runs code as a reader of one language sees it: the thread's culture and UI culture set, then put back.</summary>
public static class Cultures
{
    public static T InCulture<T>(string name, Func<T> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var (culture, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, ui);
        }
    }
}
