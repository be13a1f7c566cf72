using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Protocolwacht.TestSupport;

/// <summary>
/// A real SMTP server on loopback (RFC 5321 subset: EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT)
/// that keeps every message it accepts, so tests can assert what the app really sent over the wire. It can be told to
/// start failing part-way (<see cref="FailAfter"/>), as a real server does when its disk fills or a policy changes.
/// </summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<ReceivedMail> _messages = new();
    private readonly Lock _failing = new();
    private readonly ConcurrentDictionary<string, (int Code, string EnhancedStatus)> _refusedRecipients = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, int> _recipientCommands = new(StringComparer.OrdinalIgnoreCase);
    private int _accepted;
    private SmtpFailure _failure;
    private int _failAfter;
    private int _failuresLeft;
    private TcpListener _listener;
    private CancellationTokenSource _listening = new();
    private Task _acceptLoop;
    private bool _stopped;

    public SmtpTestServer()
    {
        TestWork.Count("mail server");
        _listener = Listen(0);
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _acceptLoop = AcceptAsync(_listener, _listening.Token);
    }

    public int Port { get; }

    public string Host => "127.0.0.1";

    public IReadOnlyCollection<ReceivedMail> Messages => [.. _messages];

    /// <summary>Forgets the messages received so far: the app goes on with another test (<see cref="ProtocolwachtApp.UseFreshDatabaseAsync"/>).</summary>
    public void Clear() => _messages.Clear();

    /// <summary>
    /// As a new server: listening (started again if a test stopped it), no messages, no refused recipients, no RCPT
    /// counts, no failure to come and none counted towards (<see cref="FailAfter"/> counts from zero again). For an app
    /// that goes on with another test (<see cref="ProtocolwachtApp.UseFreshDatabaseAsync"/>): a refusal or a stop one
    /// test set up must not reach the next, which expects the server a new app has.
    /// </summary>
    public void Reset()
    {
        if (_stopped)
        {
            Start();
        }

        lock (_failing)
        {
            (_failure, _failuresLeft, _failAfter) = (SmtpFailure.None, 0, 0);
            Volatile.Write(ref _accepted, 0);
        }

        _refusedRecipients.Clear();
        _recipientCommands.Clear();
        _messages.Clear();
    }

    /// <summary>
    /// Failure injection: once <paramref name="accepted"/> more messages have been accepted, the server fails the next
    /// <paramref name="times"/> messages (all of them by default) the way <paramref name="failure"/> says, on every
    /// connection, until <see cref="StopFailing"/>.
    /// </summary>
    public void FailAfter(int accepted, SmtpFailure failure, int times = int.MaxValue)
    {
        lock (_failing)
        {
            (_failAfter, _failure, _failuresLeft) = (Volatile.Read(ref _accepted) + accepted, failure, times);
        }
    }

    /// <summary>
    /// Failure injection for one recipient: every RCPT TO <paramref name="address"/> is answered <paramref name="code"/>
    /// with the enhanced status <paramref name="enhancedStatus"/> (by default 5.1.1 for a 5xx, the mailbox does not exist,
    /// and 4.2.1 for a 4xx, not now; an empty one leaves the enhanced status out, as an old server does), worded as
    /// Postfix does, quoting the address; the other recipients are accepted.
    /// </summary>
    public void RefuseRecipient(string address, int code, string? enhancedStatus = null) =>
        _refusedRecipients[address] = (code, enhancedStatus ?? (code >= 500 ? "5.1.1" : "4.2.1"));

    /// <summary>Ends <see cref="RefuseRecipient"/> for <paramref name="address"/>: the mailbox is there again.</summary>
    public void AcceptRecipient(string address) => _refusedRecipients.TryRemove(address, out _);

    /// <summary>How many times the sender has named <paramref name="address"/> in a RCPT command: one per delivery attempt.</summary>
    public int RecipientCommandsFor(string address) => _recipientCommands.GetValueOrDefault(address);

    /// <summary>The server accepts every message again.</summary>
    public void StopFailing()
    {
        lock (_failing)
        {
            _failure = SmtpFailure.None;
        }
    }

    /// <summary>Waits until a message matching <paramref name="match"/> has arrived, or fails after <paramref name="timeout"/>.</summary>
    public async Task<ReceivedMail> WaitForAsync(Func<ReceivedMail, bool> match, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            var found = _messages.FirstOrDefault(match);
            if (found is not null)
            {
                return found;
            }

            try
            {
                await Task.Delay(50, cts.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"No matching mail arrived; received {_messages.Count}: {string.Join(" | ", _messages.Select(m => string.Join(",", m.Recipients)))}");
            }
        }
    }

    /// <summary>
    /// The mail server goes down: the port stops listening (a connection is refused, as with a stopped server)
    /// until <see cref="Start"/>. Messages received so far are kept.
    /// </summary>
    public async Task StopAsync()
    {
        _stopped = true;
        await _listening.CancelAsync();
        _listener.Stop();
        await _acceptLoop;
    }

    /// <summary>The mail server comes back on the same port.</summary>
    public void Start()
    {
        _stopped = false;
        _listening.Dispose();
        _listening = new CancellationTokenSource();
        _listener = Listen(Port);
        _acceptLoop = AcceptAsync(_listener, _listening.Token);
    }

    private static TcpListener Listen(int port)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        return listener;
    }

    private async Task AcceptAsync(TcpListener listener, CancellationToken listening)
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(listening, _stop.Token);
        while (!either.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(either.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.UTF8);
            await using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\r\n", AutoFlush = true };
            await writer.WriteLineAsync("220 localhost Protocolwacht test SMTP");
            string? from = null;
            var recipients = new List<string>();
            try
            {
                while (await reader.ReadLineAsync(_stop.Token) is { } line)
                {
                    var verb = line.Length >= 4 ? line[..4].ToUpperInvariant() : line.ToUpperInvariant();
                    switch (verb)
                    {
                        case "EHLO":
                            await writer.WriteLineAsync("250-localhost");
                            await writer.WriteLineAsync("250-8BITMIME");
                            await writer.WriteLineAsync("250 SMTPUTF8");
                            break;
                        case "HELO":
                            await writer.WriteLineAsync("250 localhost");
                            break;
                        case "MAIL" when Fails(SmtpFailure.SenderRefused):
                            // As Postfix words it when the sender's domain may not send through this server.
                            await writer.WriteLineAsync($"553 5.7.1 <{Address(line)}>: Sender address rejected: not owned by user");
                            break;
                        case "MAIL":
                            from = Address(line);
                            recipients.Clear();
                            await writer.WriteLineAsync("250 OK");
                            break;
                        case "RCPT" when Count(Address(line)) && _refusedRecipients.TryGetValue(Address(line), out var refusal):
                            await writer.WriteLineAsync(RefusalOf(refusal.Code, refusal.EnhancedStatus, Address(line)));
                            break;
                        case "RCPT" when Fails(SmtpFailure.RecipientDeferred):
                            await writer.WriteLineAsync($"450 4.2.1 <{Address(line)}>: Recipient address rejected: Mailbox temporarily unavailable");
                            break;
                        case "RCPT":
                            recipients.Add(Address(line));
                            await writer.WriteLineAsync("250 OK");
                            break;
                        case "DATA":
                            await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                            var data = await ReadDataAsync(reader);
                            if (Fails(SmtpFailure.DataRefused))
                            {
                                await writer.WriteLineAsync("451 4.3.0 Error: queue file write error");
                                break;
                            }

                            var drop = Fails(SmtpFailure.DroppedBeforeReply);
                            _messages.Enqueue(new ReceivedMail(from ?? string.Empty, [.. recipients], data));
                            Interlocked.Increment(ref _accepted);
                            if (drop)
                            {
                                return; // the message is kept (and would be delivered), but the sender never hears so
                            }

                            await writer.WriteLineAsync("250 OK queued");
                            break;
                        case "RSET":
                            from = null;
                            recipients.Clear();
                            await writer.WriteLineAsync("250 OK");
                            break;
                        case "NOOP":
                            await writer.WriteLineAsync("250 OK");
                            break;
                        case "QUIT":
                            await writer.WriteLineAsync("221 Bye");
                            return;
                        default:
                            await writer.WriteLineAsync("502 Command not implemented");
                            break;
                    }
                }
            }
            catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException)
            {
                // The client went away or the server is stopping; nothing to keep.
            }
        }
    }

    // Counts a RCPT command for its address; always true, so it can stand first in a case's condition.
    private bool Count(string address)
    {
        _recipientCommands.AddOrUpdate(address, 1, (_, n) => n + 1);
        return true;
    }

    // Whether this message fails the way `failure` says (counting it against the injection's times).
    private bool Fails(SmtpFailure failure)
    {
        lock (_failing)
        {
            if (_failure != failure || Volatile.Read(ref _accepted) < _failAfter || _failuresLeft == 0)
            {
                return false;
            }

            _failuresLeft--;
            return true;
        }
    }

    private static async Task<string> ReadDataAsync(StreamReader reader)
    {
        var data = new StringBuilder();
        while (await reader.ReadLineAsync() is { } line && line != ".")
        {
            // RFC 5321 §4.5.2: a leading dot was doubled by the sender.
            data.Append(line.StartsWith("..", StringComparison.Ordinal) ? line[1..] : line).Append("\r\n");
        }

        return data.ToString();
    }

    // Worded as Postfix does, quoting the address (which must not reach the app's log); the enhanced status says what
    // kind of refusal it is (RFC 3463): 5.1.x the address, 5.7.x policy (relaying, a blocklist).
    private static string RefusalOf(int code, string enhancedStatus, string address)
    {
        var status = enhancedStatus.Length > 0 ? $" {enhancedStatus}" : string.Empty;
        var words = enhancedStatus switch
        {
            "" or ['5', '.', '1', ..] => "Recipient address rejected: User unknown in local recipient table",
            ['5', '.', '7', ..] => "Relay access denied",
            _ => "Recipient address rejected: Mailbox temporarily unavailable",
        };
        return $"{code}{status} <{address}>: {words}";
    }

    private static string Address(string line)
    {
        var start = line.IndexOf('<', StringComparison.Ordinal);
        var end = line.IndexOf('>', StringComparison.Ordinal);
        return start >= 0 && end > start ? line[(start + 1)..end] : line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _acceptLoop;
        _stop.Dispose();
        _listening.Dispose();
    }
}

/// <summary>How <see cref="SmtpTestServer.FailAfter"/> makes a message fail.</summary>
public enum SmtpFailure
{
    None,

    /// <summary>MAIL is answered 553 5.7.1 (the server does not let Protocolwacht's sender address send): a settings error.</summary>
    SenderRefused,

    /// <summary>RCPT is answered 450 (the recipient refused for now: try again later).</summary>
    RecipientDeferred,

    /// <summary>The message is read and answered 451 (a temporary failure; nothing was queued).</summary>
    DataRefused,

    /// <summary>The message is read and kept, and the connection closed before the 250: the sender cannot know it arrived.</summary>
    DroppedBeforeReply,
}

/// <summary>One message as it crossed the wire: envelope sender, envelope recipients and the raw RFC 5322 text.</summary>
public sealed record ReceivedMail(string From, IReadOnlyList<string> Recipients, string Raw)
{
    public bool IsTo(string address) => Recipients.Contains(address, StringComparer.OrdinalIgnoreCase);

    /// <summary>The raw text with quoted-printable soft line breaks removed, so links can be matched whole.</summary>
    public string Body => Raw.Replace("=\r\n", "", StringComparison.Ordinal);
}
