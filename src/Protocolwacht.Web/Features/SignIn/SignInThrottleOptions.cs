namespace Protocolwacht.Web.Features.SignIn;

/// <summary>
/// Sign-in attempts allowed per window (<c>SignIn:Throttle:*</c>). Per client: a school's staff share one
/// router address at 8:30, so the window is short and roomy. Per account: ten tries per quarter of an
/// hour keeps guessing useless and only ever delays, never locks.
/// </summary>
public sealed class SignInThrottleOptions
{
    public int PermitsPerClient { get; set; } = 30;

    public TimeSpan ClientWindow { get; set; } = TimeSpan.FromMinutes(1);

    public int PermitsPerAccount { get; set; } = 10;

    public TimeSpan AccountWindow { get; set; } = TimeSpan.FromMinutes(15);
}
