using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Protocolwacht.TestSupport;

namespace Protocolwacht.Web.Tests.Infrastructure.Database;

/// <summary>
/// An app moved to a fresh database for the next test (<see cref="ProtocolwachtApp.UseFreshDatabaseAsync"/>) has the
/// mail server a new app has: a recipient one test made it refuse is accepted again, and the RCPT counts start over.
/// Before tests17 only the received mails were forgotten, so a refusal reached the next test of a class or the next
/// class the app pool handed the app to.
/// </summary>
public sealed class FreshDatabaseMailServerTests
{
    private const string Fatima = "fatima.yilmaz@konot.nl";

    [Fact]
    public async Task AfterTheMove_ARecipientRefusedBefore_IsAcceptedAgain_AndTheCountsStartOver()
    {
        await using var app = await ProtocolwachtApp.StartAsync(o => o.FreshDatabases = true);
        app.Smtp.RefuseRecipient(Fatima, 550);
        Assert.False(await AcceptsMailToAsync(app.Smtp, Fatima)); // the refusal is in force before the move
        Assert.Equal(1, app.Smtp.RecipientCommandsFor(Fatima));

        await app.UseFreshDatabaseAsync();

        Assert.Equal(0, app.Smtp.RecipientCommandsFor(Fatima));
        Assert.True(await AcceptsMailToAsync(app.Smtp, Fatima));
        Assert.Single(app.Smtp.Messages, m => m.IsTo(Fatima));
    }

    /// <summary>
    /// The other things a test may do to the server: make it fail every message (<see cref="SmtpTestServer.FailAfter"/>)
    /// or stop it (<see cref="SmtpTestServer.StopAsync"/>). Before fixweb2 a stopped server stayed stopped for the next
    /// test, whose mails then failed to connect.
    /// </summary>
    [Fact]
    public async Task AfterTheMove_AServerMadeToFailOrStopped_AcceptsMailAgain()
    {
        await using var app = await ProtocolwachtApp.StartAsync(o => o.FreshDatabases = true);
        app.Smtp.FailAfter(0, SmtpFailure.DataRefused);
        Assert.False(await AcceptsMailToAsync(app.Smtp, Fatima)); // the failure is in force before the move

        await app.UseFreshDatabaseAsync();

        Assert.True(await AcceptsMailToAsync(app.Smtp, Fatima));

        await app.Smtp.StopAsync();
        await Assert.ThrowsAnyAsync<System.Net.Sockets.SocketException>(() => AcceptsMailToAsync(app.Smtp, Fatima)); // stopped: refused

        await app.UseFreshDatabaseAsync();

        Assert.True(await AcceptsMailToAsync(app.Smtp, Fatima));
        Assert.Single(app.Smtp.Messages, m => m.IsTo(Fatima));
    }

    private static async Task<bool> AcceptsMailToAsync(SmtpTestServer server, string address)
    {
        using var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse("protocolwacht@konot.nl"));
        message.To.Add(MailboxAddress.Parse(address));
        message.Subject = "Proef";
        message.Body = new TextPart("plain") { Text = "Proef" };
        using var client = new SmtpClient();
        await client.ConnectAsync(server.Host, server.Port, SecureSocketOptions.None);
        try
        {
            await client.SendAsync(message);
            return true;
        }
        catch (SmtpCommandException)
        {
            return false;
        }
        finally
        {
            await client.DisconnectAsync(true);
        }
    }
}
