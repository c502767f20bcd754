using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using Multiprocessing.Managers.Client;
using Multiprocessing.Managers.Server;

namespace Multiprocessing.Managers.Protocol;

/// <summary>
/// The server's side of a TLS connection's handshakes, asynchronous (no thread waits on a pending connection): TLS
/// first, then the authkey challenge inside it, both within <see cref="ManagerServerCore.HandshakeTimeout"/> in all.
/// A client that passes is handed to <see cref="ManagerServerCore.Serve"/>; any failure costs its connection only.
/// </summary>
internal static class TlsHandshake
{
    /// <summary>
    /// Runs both handshakes on <paramref name="plain"/>'s socket, until the deadline or <paramref name="stop"/> (the
    /// server stops); <paramref name="done"/> is called once, whatever the outcome.
    /// </summary>
    internal static async Task RunAsync(ManagerServerCore core, ManagerSocket plain, SslServerAuthenticationOptions options, CancellationToken stop, Action done)
    {
        var socket = plain.Owner!;
        string peer = plain.Peer;
        string? refused = null;
        SslStream? stream = null;
        bool served = false;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(stop);
        deadline.CancelAfter(core.HandshakeTimeout);
        try
        {
            stream = new SslStream(new NetworkStream(socket, ownsSocket: true));
            await stream.AuthenticateAsServerAsync(options, deadline.Token).ConfigureAwait(false);
            var nonce = RandomNumberGenerator.GetBytes(ManagerHandshake.NonceSize);
            await stream.WriteAsync(ManagerHandshake.ChallengeFrame(nonce), deadline.Token).ConfigureAwait(false);
            var received = new byte[ManagerHandshake.ResponseFrameSize];
            int count = 0;
            while (count < received.Length && refused is null)
            {
                int n = await stream.ReadAsync(received.AsMemory(count), deadline.Token).ConfigureAwait(false);
                int before = count;
                count += n;
                if (n == 0)
                {
                    refused = "it closed the connection during the handshake";
                }
                else if (before < ManagerChannel.HeaderSize && count >= ManagerChannel.HeaderSize && !ManagerHandshake.IsResponseHeader(received))
                {
                    refused = $"it did not answer the challenge (a frame of {BitConverter.ToInt32(received)} bytes announced, not a manager handshake)";
                }
            }

            if (refused is null)
            {
                refused = ManagerHandshake.Answer(received, nonce, core.AuthKey, core.MaxMessageSize, out var reply);
                if (reply.Length > 0)
                {
                    await stream.WriteAsync(reply, deadline.Token).ConfigureAwait(false);
                }
            }

            if (refused is null && !core.Stopping)
            {
                served = true;
                core.Serve(ManagerSocket.FromTls(socket, stream, peer));
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            refused = null; // the server stops: nothing to log
        }
        catch (OperationCanceledException)
        {
            refused = $"it did not pass the TLS and authkey handshakes within {core.HandshakeTimeout.TotalSeconds:0.###} s";
        }
        catch (Exception ex)
        {
            // AuthenticationException (a plain client, a refused certificate), a broken stream: never the server's end.
            refused = $"the TLS handshake failed ({ex.GetType().Name}: {ex.Message})";
        }
        finally
        {
            done();
            if (!served)
            {
                if (stream is not null)
                {
                    stream.Dispose();
                }
                else
                {
                    socket.Dispose();
                }

                if (refused is not null)
                {
                    core.Log($"refused a connection from {peer}: {refused}");
                }
            }
        }
    }

}
