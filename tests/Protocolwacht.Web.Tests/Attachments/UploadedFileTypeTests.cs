using System.Text;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Web.Features.Attachments;

namespace Protocolwacht.Web.Tests.Attachments;

/// <summary>An ISO media file ("ftyp" box) is a video only when its major brand says so.</summary>
public sealed class UploadedFileTypeTests
{
    private static byte[] IsoMedia(string brand) =>
        [0, 0, 0, 0x18, .. "ftyp"u8, .. Encoding.ASCII.GetBytes(brand), 0, 0, 0, 0, .. "isom"u8, .. "mp42"u8];

    [Theory]
    [InlineData("isom", "video/mp4")]
    [InlineData("mp42", "video/mp4")]
    [InlineData("qt  ", "video/quicktime")]
    public void VideoBrands_AreVideos(string brand, string contentType)
    {
        var type = UploadedFileType.Detect(IsoMedia(brand));

        Assert.NotNull(type);
        Assert.Equal(contentType, type.ContentType);
        Assert.Equal(AttachmentKind.Video, type.Kind);
    }

    [Theory]
    [InlineData("heic")] // an iPhone photo
    [InlineData("mif1")]
    [InlineData("avif")]
    [InlineData("M4A ")] // audio
    public void PhotoAndAudioBrands_AreRefused_NotCalledVideo(string brand) =>
        Assert.Null(UploadedFileType.Detect(IsoMedia(brand)));
}
