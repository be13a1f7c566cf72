namespace Protocolwacht.Web.Infrastructure.Localization;

/// <summary>
/// A page's <c>T(dutch)</c>: <c>_ViewImports.cshtml</c> injects this delegate as <c>T</c>, so pages keep their
/// short calls while every text goes through <c>IStringLocalizer&lt;UiText&gt;</c> in the request's UI culture.
/// </summary>
public delegate string Translate(string dutch);
