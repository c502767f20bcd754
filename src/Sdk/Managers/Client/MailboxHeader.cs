using System.Runtime.InteropServices;

namespace Multiprocessing.Managers.Client;

/// <summary>
/// The first 512 bytes of a <see cref="ManagerMailbox"/>, each word on a cache line of its own; the data area
/// follows (docs/wire-format.md, "Mailbox").
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = Size)]
internal struct MailboxHeader
{
    /// <summary>The header's size: where the data starts.</summary>
    internal const int Size = 512;

    /// <summary>The number of the last request (the client writes it): the server's futex word.</summary>
    [FieldOffset(0)] public int RequestSequence;

    /// <summary>The number of the request last answered (the server writes it): the client's futex word.</summary>
    [FieldOffset(64)] public int ReplySequence;

    /// <summary>1 while the server sleeps on <see cref="RequestSequence"/>.</summary>
    [FieldOffset(128)] public int ServerAsleep;

    /// <summary>1 while the client sleeps on <see cref="ReplySequence"/>.</summary>
    [FieldOffset(192)] public int ClientAsleep;

    /// <summary>The request's length (-1: it travels on the socket).</summary>
    [FieldOffset(256)] public int RequestLength;

    /// <summary>The reply's length (-1: it travels on the socket).</summary>
    [FieldOffset(320)] public int ReplyLength;
}
