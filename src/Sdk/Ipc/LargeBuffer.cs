using Multiprocessing.Interop;

namespace Multiprocessing.Ipc;

/// <summary>
/// Arrays that receive large messages. Fresh memory faults in one 4 KiB page at a time on first write, and each fault
/// costs more than copying the page (tens of thousands of them for a 64 MiB message); asking the kernel to populate the
/// whole range in one call makes the copy run at memory speed. (No huge-page advice: on the GC heap it made the
/// kernel work in the background afterwards; map_cpu run after map_small lost 15-30% of its speed-up with it, none without.)
/// </summary>
internal static unsafe class LargeBuffer
{
    private const int Threshold = 1 << 20;
    private const int MadvPopulateWrite = 23; // Linux 5.14+; older kernels answer EINVAL and the pages fault as before
    private static bool s_populateUnsupported;

    /// <summary>A new array of <paramref name="length"/> bytes, its pages already in memory when it is large.</summary>
    internal static byte[] Allocate(int length)
    {
        if (length == 0)
        {
            return [];
        }

        var array = GC.AllocateUninitializedArray<byte>(length);
        Populate(ref array[0], length);
        return array;
    }

    /// <summary>Brings the pages of a large range of fresh memory in at once (nothing for a small one).</summary>
    /// <param name="start">The first byte (of an array, which the call pins).</param>
    /// <param name="bytes">The range's length.</param>
    internal static void Populate(ref byte start, long bytes)
    {
        if (bytes < Threshold || !OperatingSystem.IsLinux() || s_populateUnsupported)
        {
            return;
        }

        fixed (byte* pointer = &start)
        {
            nuint page = (nuint)Environment.SystemPageSize;
            nuint first = ((nuint)pointer + page - 1) & ~(page - 1);
            nuint end = ((nuint)pointer + (nuint)bytes) & ~(page - 1);
            if (end > first)
            {
                if (NativeMethods.Madvise((void*)first, end - first, MadvPopulateWrite) != 0)
                {
                    s_populateUnsupported = true;
                }
            }
        }
    }
}
