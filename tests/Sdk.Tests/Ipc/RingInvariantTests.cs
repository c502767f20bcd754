using Multiprocessing.Ipc;
using Multiprocessing.Tests.Infrastructure;
using Multiprocessing.Tests.Targets;

namespace Multiprocessing.Tests.Ipc;

/// <summary>
/// The ring checks its invariants at the end of every operation that changes it, in Debug builds (the tests' build):
/// a ring corrupted under a producer stops that producer (a failed <c>Debug.Assert</c> ends the process) instead of
/// writing on. The check runs in a child, since a failed assertion ends the whole process.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class RingInvariantTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public unsafe void A_write_into_a_ring_whose_tail_passed_its_head_fails_the_invariant_check()
    {
#if DEBUG
        using var block = SharedMemoryBlock.Create(SharedRing.SizeFor(4096));
        SharedRing.Initialize(block.Pointer, 4096, 0, 0);
        using (var intact = ChildProcess.Create(IpcWorkers.WriteOneMessage, block))
        {
            intact.Start();
            Assert.True(intact.Join(Patience));
            Assert.Equal(0, intact.ExitCode);
        }

        var header = (RingHeader*)block.Pointer;
        header->Tail = header->Head + 64; // the consumers' end ahead of the producers': no valid ring looks like that
        using var corrupt = ChildProcess.Create(IpcWorkers.WriteOneMessage, block);
        corrupt.Start();
        Assert.True(corrupt.Join(Patience));
        Assert.NotEqual(0, corrupt.ExitCode);
#endif
    }
}
