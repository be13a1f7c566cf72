namespace Protocolwacht.Checks;

/// <summary>Who made an attachment. JSON codes: own, third-party, unknown.</summary>
public enum AttachmentSource
{
    Own,
    ThirdParty,
    Unknown,
}
