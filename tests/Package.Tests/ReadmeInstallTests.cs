namespace Multiprocessing.Package.Tests;

/// <summary>
/// "Done" for a new user: the README's install section followed literally, a console or worker app with the
/// Quickstart pasted in builds and runs with zero warnings, JIT-compiled and NativeAOT, with and without a RID.
/// </summary>
public sealed class ReadmeInstallTests(ReadmeInstallFixture install) : IClassFixture<ReadmeInstallFixture>
{
    private const string QuickstartResult = "Square(7) = 49 computed by pid";

    [Fact]
    public void Console_app_builds_and_runs_jit_compiled()
    {
        string app = install.ConsoleApp;
        BuildAndRun(app, "build -warnaserror", Path.Combine(app, "bin", "Debug", "net10.0", "ConsoleApp"));

        // Compiled against IL; on linux-x64 the host loads the precompiled image (deps.json's runtimeTargets).
        string output = Path.Combine(app, "bin", "Debug", "net10.0");
        Assert.False(IsReadyToRun(Path.Combine(output, "Multiprocessing.dll")));
        Assert.True(IsReadyToRun(Path.Combine(output, "runtimes", "linux-x64", "lib", "net10.0", "Multiprocessing.dll")));
    }

    [Fact]
    public void Console_app_publishes_and_runs_for_linux_x64()
    {
        // The package's ReadyToRun image is linux-x64 code: in lib/ it was CS8012 here.
        string app = install.ConsoleApp;
        BuildAndRun(app, "publish -c Release -r linux-x64 -warnaserror -o out/linux-x64", Path.Combine(app, "out", "linux-x64", "ConsoleApp"));
        Assert.True(IsReadyToRun(Path.Combine(app, "out", "linux-x64", "Multiprocessing.dll")), "a linux-x64 publish should carry the ReadyToRun image");
    }

    [Fact]
    public void Console_app_publishes_for_linux_arm64_and_single_file()
    {
        string app = install.ConsoleApp;
        Build(app, "publish -c Release -r linux-arm64 -warnaserror -o out/linux-arm64");
        Assert.False(IsReadyToRun(Path.Combine(app, "out", "linux-arm64", "Multiprocessing.dll")), "a linux-arm64 publish got the x64 image");
        BuildAndRun(app, "publish -c Release -r linux-x64 -p:PublishSingleFile=true -warnaserror -o out/single-file", Path.Combine(app, "out", "single-file", "ConsoleApp"));
    }

    [Fact]
    public void Console_app_publishes_and_runs_with_NativeAOT_with_and_without_a_rid()
    {
        string app = install.ConsoleApp;
        BuildAndRun(app, "publish -c Release -p:PublishAot=true -warnaserror -o out/aot", Path.Combine(app, "out", "aot", "ConsoleApp"));
        BuildAndRun(app, "publish -c Release -r linux-x64 -p:PublishAot=true -warnaserror -o out/aot-linux-x64", Path.Combine(app, "out", "aot-linux-x64", "ConsoleApp"));
    }

    [Fact]
    public void Worker_app_takes_both_packages_without_a_downgrade_and_builds_and_runs()
    {
        // 'dotnet new worker' pins its own Microsoft.Extensions.Hosting (10.0.12 with SDK 10.0.401); a higher floor in
        // Multiprocessing.Hosting was NU1605 there. NativeAOT: the next test.
        string app = install.WorkerApp;
        BuildAndRun(app, "build -warnaserror", Path.Combine(app, "bin", "Debug", "net10.0", "WorkerApp"));
        BuildAndRun(app, "publish -c Release -r linux-x64 -warnaserror -o out/linux-x64", Path.Combine(app, "out", "linux-x64", "WorkerApp"));
    }

    [Fact]
    public void Worker_app_publishes_and_runs_with_NativeAOT()
    {
        // The deployment a service takes (a container image of one native executable): the generic host and the
        // Hosting package trimmed and compiled ahead of time without a warning.
        string app = install.WorkerApp;
        BuildAndRun(app, "publish -c Release -p:PublishAot=true -warnaserror -o out/aot", Path.Combine(app, "out", "aot", "WorkerApp"));
    }

    private static bool IsReadyToRun(string path)
    {
        using var stream = File.OpenRead(path);
        return PackageTests.IsReadyToRun(stream);
    }

    private void Build(string app, string arguments)
    {
        var (exitCode, output) = install.Dotnet(arguments, app);
        Assert.True(exitCode == 0, $"dotnet {arguments} failed:\n{output}");
        ReadmeInstallFixture.AssertNoWarning(output, "dotnet " + arguments);
    }

    private void BuildAndRun(string app, string arguments, string program)
    {
        Build(app, arguments);
        var (exitCode, output) = DotnetCli.Run(program, "", app, timeoutSeconds: 60);
        Assert.True(exitCode == 0, $"{program} failed:\n{output}");
        Assert.Contains(QuickstartResult, output);
    }
}
