using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using Multiprocessing.Ipc;
using Multiprocessing.Managers.Client;

namespace Multiprocessing.Tests.Shared;

/// <summary>
/// Pins every shared-memory layout, field by field, against the tables of docs/wire-format.md: processes of the same
/// SDK version read each other's segments, so a moved field is a wire-format change that the document must say.
/// Every field of a layout struct must have its row (offset and size), and the struct its documented size.
/// </summary>
public sealed partial class WireLayoutTests
{
    public static TheoryData<string> Layouts() =>
    [
        nameof(RingHeader), nameof(SegmentHeader), nameof(LockState), nameof(RLockState), nameof(RLockHeader),
        nameof(SemaphoreHeader), nameof(EventHeader), nameof(ConditionHeader), nameof(ConditionSlot),
        nameof(BarrierHeader), nameof(BarrierSlot), nameof(SharedValueHeader), nameof(SharedArrayHeader),
        nameof(MailboxHeader),
    ];

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Each_field_sits_at_the_offset_and_has_the_size_the_wire_format_documents(string layout)
    {
        var type = LayoutType(layout);
        var (size, rows) = DocumentedLayout(layout);
        Assert.True(type.StructLayoutAttribute?.Value == LayoutKind.Explicit, $"{layout} must have an explicit layout.");
        Assert.Equal(size, Marshal.SizeOf(type));

        var fields = type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);
        Assert.Equal(rows.Keys.Order(), fields.Select(f => f.Name).Order());
        foreach (var field in fields)
        {
            var (offset, bytes) = rows[field.Name];
            Assert.True(offset == (int)Marshal.OffsetOf(type, field.Name), $"{layout}.{field.Name} is at {Marshal.OffsetOf(type, field.Name)}; docs/wire-format.md says {offset}.");
            Assert.True(bytes == Marshal.SizeOf(field.FieldType), $"{layout}.{field.Name} has {Marshal.SizeOf(field.FieldType)} bytes; docs/wire-format.md says {bytes}.");
        }
    }

    [Fact]
    public void The_layouts_agree_with_the_constants_that_size_segments()
    {
        Assert.Equal(SharedRing.HeaderSize, Marshal.SizeOf<RingHeader>());
        Assert.Equal(ProcessRLock.StateSize, Marshal.SizeOf<RLockState>());
        Assert.Equal(ProcessRLock.StandaloneOffset, (int)Marshal.OffsetOf<RLockHeader>(nameof(RLockHeader.State)));
        Assert.Equal(SharedValue<int>.HeaderSize, Marshal.SizeOf<SharedValueHeader>());
        Assert.Equal(SharedArray<int>.HeaderSize, Marshal.SizeOf<SharedArrayHeader>());

        // Locks inside other segments are named "<segment>#8": the offset travels in the name.
        Assert.Equal(8, (int)Marshal.OffsetOf<ConditionHeader>(nameof(ConditionHeader.OwnLock)));
        Assert.Equal(8, (int)Marshal.OffsetOf<SharedValueHeader>(nameof(SharedValueHeader.Lock)));
        Assert.Equal(0, (int)Marshal.OffsetOf<SharedArrayHeader>(nameof(SharedArrayHeader.Common))); // so its lock is at 8 too
        Assert.Equal(8, (int)Marshal.OffsetOf<BarrierHeader>(nameof(BarrierHeader.Mutex)));
        Assert.Equal(ProcessCondition.MaxWaiters, (4096 - Marshal.SizeOf<ConditionHeader>()) / Marshal.SizeOf<ConditionSlot>());
    }

    private static Type LayoutType(string name) =>
        typeof(SharedRing).Assembly.GetTypes().Single(t => t.Name == name && t.IsValueType);

    /// <summary>The table under <c>**`name`** (N bytes)</c> in docs/wire-format.md: field -> (offset, size).</summary>
    private static (int Size, Dictionary<string, (int Offset, int Size)> Rows) DocumentedLayout(string name)
    {
        var lines = File.ReadAllLines(WireFormatPath());
        int start = Array.FindIndex(lines, l => l.StartsWith($"**`{name}`** (", StringComparison.Ordinal));
        Assert.True(start >= 0, $"docs/wire-format.md has no table for {name} (a line starting with **`{name}`** (N bytes)).");
        int size = int.Parse(SizeLine().Match(lines[start]).Groups[1].Value);
        var rows = new Dictionary<string, (int, int)>();
        for (int i = start + 1; i < lines.Length && !lines[i].StartsWith("**`", StringComparison.Ordinal) && !lines[i].StartsWith('#'); i++)
        {
            if (Row().Match(lines[i]) is { Success: true } row)
            {
                rows.Add(row.Groups[3].Value, (int.Parse(row.Groups[1].Value), int.Parse(row.Groups[2].Value)));
            }
        }

        Assert.NotEmpty(rows);
        return (size, rows);
    }

    private static string WireFormatPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string path = Path.Combine(dir.FullName, "docs", "wire-format.md");
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException("docs/wire-format.md not found above the test's directory.");
    }

    [GeneratedRegex(@"^\*\*`\w+`\*\* \((\d+) bytes\)")]
    private static partial Regex SizeLine();

    [GeneratedRegex(@"^\| (\d+) \| (\d+) \| `(\w+)` \|")]
    private static partial Regex Row();
}
