using System.Net.Http.Headers;

namespace Protocolwacht.Connectors.Http;

/// <summary>
/// Sends one request with the connector's own timeout and turns every transport problem into an
/// <see cref="HttpExchange"/>. The caller's token cancelling is the only exception that escapes.
/// </summary>
internal sealed class PlatformHttp(HttpClient http, TimeProvider time, TimeSpan timeout)
{
    public async Task<HttpExchange> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var timeoutSource = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            var body = await response.Content.ReadAsStringAsync(linked.Token);
            return new HttpExchange.Answered(response.StatusCode, CollectHeaders(response), body);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Our timeout or HttpClient.Timeout: the request may be on the platform already.
            return new HttpExchange.NoAnswer($"geen antwoord binnen {timeout.TotalSeconds:0.#} seconden", TimedOut: true);
        }
        catch (HttpRequestException exception) when (IsBeforeSending(exception))
        {
            return new HttpExchange.NotSent(exception.Message);
        }
        catch (HttpRequestException exception)
        {
            return new HttpExchange.NoAnswer(exception.Message, TimedOut: false);
        }
        catch (IOException exception)
        {
            return new HttpExchange.NoAnswer(exception.Message, TimedOut: false);
        }
        finally
        {
            request.Dispose();
        }
    }

    // These errors happen while establishing the connection, before any request byte is written.
    private static bool IsBeforeSending(HttpRequestException exception) =>
        exception.HttpRequestError is HttpRequestError.NameResolutionError
            or HttpRequestError.ConnectionError
            or HttpRequestError.SecureConnectionError;

    private static Dictionary<string, string> CollectHeaders(HttpResponseMessage response)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        Add(headers, response.Headers);
        Add(headers, response.Content.Headers);
        return headers;
    }

    private static void Add(Dictionary<string, string> target, HttpHeaders source)
    {
        foreach (var (name, values) in source)
        {
            var first = values.FirstOrDefault();
            if (first is not null)
            {
                target.TryAdd(name, first);
            }
        }
    }
}
