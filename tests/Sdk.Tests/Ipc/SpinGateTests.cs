using System.Diagnostics;
using System.Text;
using Multiprocessing.Interop;

namespace Multiprocessing.Tests.Ipc;

/// <summary>
/// Issue #15, "spin only when it pays": a waiter stops spinning while the machine has more runnable threads than
/// cores (a spin would burn the time slice the peer needs), and the one place that decides reads the kernel's count.
/// </summary>
public sealed class SpinGateTests
{
    [Theory]
    [InlineData("0.52 0.58 0.59 3/1017 12345\n", 3)]
    [InlineData("12.00 9.50 4.25 17/2048 99\n", 17)]
    [InlineData("0.00 0.00 0.00 1/1 1", 1)]
    [InlineData("0.52 0.58 0.59 /1017 12345", -1)]
    [InlineData("garbage", -1)]
    [InlineData("", -1)]
    public void The_runnable_count_is_the_fourth_field_of_proc_loadavg(string line, int expected)
    {
        Assert.Equal(expected, SpinGate.ParseRunnable(Encoding.ASCII.GetBytes(line)));
    }

    [Fact]
    public void The_kernel_count_is_readable_here()
    {
        Assert.True(SpinGate.ReadRunnable() >= 1, "this thread is running, so /proc/loadavg counts at least one");
    }

    [Fact]
    public async Task Spinning_stops_while_the_machine_has_more_runnable_threads_than_cores()
    {
        // Three busy loops per core: whatever else runs, the kernel counts more runnable threads than cores.
        var busy = new List<System.Diagnostics.Process>();
        try
        {
            for (int i = 0; i < 3 * Environment.ProcessorCount; i++)
            {
                busy.Add(System.Diagnostics.Process.Start(new ProcessStartInfo("sh", ["-c", "while :; do :; done"]))!);
            }

            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
            int saidNo = 0;
            while (saidNo < 5 && DateTime.UtcNow < deadline)
            {
                // A few answers in a row: the count is an instant, and the busy loops may not all be scheduled yet.
                saidNo = Environment.ProcessorCount > 1 && !SpinGate.Pays ? saidNo + 1 : 0;
                await Task.Delay(15);
            }

            Assert.True(saidNo >= 5, $"the gate still let waiters spin with {busy.Count} busy loops on {Environment.ProcessorCount} cores (last count {SpinGate.LastRunnable})");
        }
        finally
        {
            foreach (var process in busy)
            {
                process.Kill();
                process.WaitForExit();
                process.Dispose();
            }
        }
    }
}
