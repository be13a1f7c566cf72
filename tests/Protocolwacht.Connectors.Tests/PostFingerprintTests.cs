namespace Protocolwacht.Connectors.Tests;

public sealed class PostFingerprintTests
{
    [Fact]
    public void Compute_SameAccountAndText_IsStableAndVersioned()
    {
        var first = PostFingerprint.Compute("acc-1", "Open dag zaterdag");
        var second = PostFingerprint.Compute("acc-1", "Open dag zaterdag");

        Assert.Equal(first, second);
        Assert.Matches("^v1:[0-9a-f]{64}$", first);
    }

    [Fact]
    public void Compute_OtherAccount_DiffersForTheSameText()
    {
        Assert.NotEqual(PostFingerprint.Compute("acc-1", "Hallo"), PostFingerprint.Compute("acc-2", "Hallo"));
    }

    [Fact]
    public void Compute_OtherText_Differs()
    {
        Assert.NotEqual(PostFingerprint.Compute("acc", "Open dag zaterdag"), PostFingerprint.Compute("acc", "Open dag zondag"));
    }

    [Theory]
    [InlineData("Kunst &amp; cultuur &lt;3", "Kunst & cultuur <3")]
    [InlineData("Zie https://t.co/AbC123 voor meer", "Zie https://www.kindcentrum.example/lange/link voor meer")]
    [InlineData("Dank @juf_anna", "Dank @juf_anna@mastodon.example")]
    [InlineData("OPEN   DAG\n\nzaterdag", "open dag zaterdag")]
    [InlineData("ﬁets", "fiets")]
    [InlineData("zonder\u200Bbreedte", "zonderbreedte")]
    public void Matches_WhatPlatformsChangeOnTheWayBack_StillMatches(string returned, string original)
    {
        var fingerprint = PostFingerprint.Compute("acc", original);

        Assert.True(PostFingerprint.Matches("acc", fingerprint, returned));
    }
}
