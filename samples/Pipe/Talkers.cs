using Multiprocessing;

namespace Samples.Pipe;

/// <summary>The targets of the Pipe sample: each one runs in a child process.</summary>
internal static class Talkers
{
    [ProcessTarget]
    public static void Answer(Connection<string> connection)
    {
        while (true)
        {
            string question = connection.Recv();
            connection.Send($"{question.ToUpperInvariant()} (pid {Environment.ProcessId})");
            if (question == "bye")
            {
                connection.Close();
                return;
            }
        }
    }

    [ProcessTarget]
    public static void SendSquares(Connection<double[]> connection, int n)
    {
        Thread.Sleep(200);
        connection.Send(Enumerable.Range(1, n).Select(i => (double)i * i).ToArray());
    }
}
