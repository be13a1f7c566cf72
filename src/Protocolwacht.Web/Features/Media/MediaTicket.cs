namespace Protocolwacht.Web.Features.Media;

/// <summary>What a signed media address names: one attachment of one delivery, valid until <see cref="ExpiresAt"/> (exclusive).</summary>
public sealed record MediaTicket(Guid DeliveryId, Guid AttachmentId, DateTimeOffset ExpiresAt)
{
    private const int Length = 16 + 16 + 8;

    /// <summary>Fixed layout, so a signed ticket cannot be read any other way: delivery, attachment, expiry in Unix seconds.</summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[Length];
        DeliveryId.TryWriteBytes(bytes.AsSpan(0, 16));
        AttachmentId.TryWriteBytes(bytes.AsSpan(16, 16));
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(bytes.AsSpan(32), ExpiresAt.ToUnixTimeSeconds());
        return bytes;
    }

    public static MediaTicket? FromBytes(ReadOnlySpan<byte> bytes) => bytes.Length != Length ? null : new MediaTicket(
        new Guid(bytes[..16]),
        new Guid(bytes[16..32]),
        DateTimeOffset.FromUnixTimeSeconds(System.Buffers.Binary.BinaryPrimitives.ReadInt64BigEndian(bytes[32..])));
}
