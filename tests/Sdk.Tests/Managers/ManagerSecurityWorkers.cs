namespace Multiprocessing.Tests.Managers;

/// <summary>The child-process targets of <see cref="ManagerSecurityTests"/>.</summary>
internal static class ManagerSecurityWorkers
{
    /// <summary>Reads and writes a proxy that arrived as an argument (its handle named the manager, and no key).</summary>
    [ProcessTarget]
    public static int Increment(SharedDictionary<string, int> dictionary, string key)
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
}
