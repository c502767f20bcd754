namespace Multiprocessing.Tests.Managers;

/// <summary>The child-process targets of <see cref="ManagerSecurityTests"/>.</summary>
internal static class ManagerSecurityWorkers
{
    /// <summary>Reads and writes a proxy that arrived as an argument (its handle named the manager, and no key).</summary>
    [ProcessTarget]
    public static int Increment(ManagedDictionary<string, int> dictionary, string key)
    {
        dictionary[key] = dictionary[key] + 1;
        return dictionary[key];
    }

    /// <summary>
    /// Starts a manager with MULTIPROCESSING_SHM_DIR on a tmpfs too small for a shared-memory mailbox and uses it: the
    /// calls must travel on the socket.
    /// </summary>
    [ProcessTarget]
    public static string UseManagerWithoutRoomForMailboxes(string directory)
    {
        Environment.SetEnvironmentVariable("MULTIPROCESSING_SHM_DIR", directory);
        try
        {
            using var manager = ProcessManager.Start();
            var dictionary = manager.CreateDictionary<string, int>();
            for (int i = 0; i < 100; i++)
            {
                dictionary[$"k{i}"] = i;
            }

            var list = manager.CreateList<byte[]>();
            list.Add(new byte[200_000]); // larger than a mailbox: on the socket anyway
            return $"sum {dictionary.Values.Sum()}, count {dictionary.Count}, big {list[0].Length}";
        }
        catch (Exception ex)
        {
            return $"{ex.GetType().Name}: {ex.Message}";
        }
    }

    /// <summary>
    /// With TLS switched off (as in a NativeAOT app that did not ask for it): what serving TLS, connecting with TLS and
    /// connecting to a tls: address do, and that a plain TCP manager still works. One clause each.
    /// </summary>
    [ProcessTarget]
    public static string UseTlsWithTlsSwitchedOff()
    {
        AppContext.SetSwitch("Multiprocessing.Managers.TlsSupport", false);
        byte[] key = "tls-off"u8.ToArray();
        string Outcome(Action action)
        {
            try
            {
                action();
                return "served";
            }
            catch (Exception ex)
            {
                return $"{ex.GetType().Name}{(ex.Message.Contains("<MultiprocessingManagerTls>true</MultiprocessingManagerTls>", StringComparison.Ordinal) ? " MultiprocessingManagerTls" : ": " + ex.Message)}";
            }
        }

        var loopback = new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, 0);
        string listen = Outcome(() => ProcessManager.Listen(loopback, key, new ManagerOptions { ServerTls = new System.Net.Security.SslServerAuthenticationOptions() }).Dispose());
        using var plain = ProcessManager.Listen(loopback, key);
        string port = plain.Address[(plain.Address.LastIndexOf(':') + 1)..];
        string connect = Outcome(() => ProcessManager.Connect($"127.0.0.1:{port}", key, new System.Net.Security.SslClientAuthenticationOptions()).Dispose());
        string address = Outcome(() => ProcessManager.Connect($"tls:127.0.0.1:{port}", key).Dispose());
        string served = Outcome(() =>
        {
            using var client = ProcessManager.Connect(plain.Address, key);
            client.CreateDictionary<string, int>()["x"] = 1;
        });
        return $"listen: {listen}; connect: {connect}; address: {address}; plain: {served}";
    }
}
