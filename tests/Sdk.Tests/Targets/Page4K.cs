using System.Runtime.CompilerServices;

namespace Multiprocessing.Tests.Targets;

/// <summary>A 4 KiB unmanaged value (travels as its raw bytes): large enough that a modest item count overflows an int of bytes.</summary>
[InlineArray(512)]
public struct Page4K
{
    private long _element;
}
