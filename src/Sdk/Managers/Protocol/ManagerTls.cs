using System.Diagnostics.CodeAnalysis;

namespace Multiprocessing.Managers.Protocol;

/// <summary>
/// Whether this app carries TLS for remote managers: a feature switch, as .NET's own (<c>InvariantGlobalization</c>,
/// <c>EventSourceSupport</c>), so that an app that never serves or reaches a manager over TLS does not carry
/// <c>System.Net.Security</c>. Under NativeAOT that is about 3 MB of executable and half a MiB of private memory in
/// every child.
/// </summary>
/// <remarks>
/// The switch is on by default. The package's build file turns it off for apps published with <c>PublishAot</c>,
/// unless the app's project sets <c>&lt;MultiprocessingManagerTls&gt;true&lt;/MultiprocessingManagerTls&gt;</c>; the
/// trimmer then drops every TLS path, and a TLS call throws <see cref="NotSupportedException"/> saying so.
/// </remarks>
internal static class ManagerTls
{
    /// <summary>The runtime configuration switch (a <c>RuntimeHostConfigurationOption</c>).</summary>
    internal const string Switch = "Multiprocessing.Managers.TlsSupport";

    /// <summary>Whether TLS for remote managers is in this app (the trimmer takes its value as a constant).</summary>
    [FeatureSwitchDefinition(Switch)]
    internal static bool IsSupported { get; } = !AppContext.TryGetSwitch(Switch, out bool enabled) || enabled;

    /// <summary>The error for a TLS call in an app built without TLS.</summary>
    internal static NotSupportedException NotSupported() => new(
        "TLS for remote managers is not in this app: it was published with PublishAot, which leaves it out unless the app's " +
        "project sets <MultiprocessingManagerTls>true</MultiprocessingManagerTls>. Set it and publish again.");
}
