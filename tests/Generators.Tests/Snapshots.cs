using System.Runtime.CompilerServices;
using System.Text;

namespace Multiprocessing.Generators.Tests;

/// <summary>
/// Compares generated code with Snapshots/*.g.cs.txt. Set UPDATE_SNAPSHOTS=1 to rewrite them (in the source tree).
/// </summary>
internal static class Snapshots
{
    public static void Verify(string name, GeneratorRun run, [CallerFilePath] string callerPath = "")
    {
        bool update = Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1";
        string sourceDir = Path.Combine(Path.GetDirectoryName(callerPath)!, "Snapshots");
        string outputDir = Path.Combine(AppContext.BaseDirectory, "Snapshots");
        Assert.NotEmpty(run.Sources);
        var failures = new StringBuilder();
        foreach (var (hintName, source) in run.Sources)
        {
            string file = name + "." + hintName + ".txt";
            string actual = source.ReplaceLineEndings("\n");
            if (update)
            {
                Directory.CreateDirectory(sourceDir);
                File.WriteAllText(Path.Combine(sourceDir, file), actual);
                continue;
            }

            string path = Path.Combine(outputDir, file);
            if (!File.Exists(path))
            {
                failures.AppendLine($"Missing snapshot {file} (run with UPDATE_SNAPSHOTS=1). Actual:\n{actual}");
                continue;
            }

            string expected = File.ReadAllText(path).ReplaceLineEndings("\n");
            if (expected != actual)
            {
                failures.AppendLine($"Snapshot {file} differs (run with UPDATE_SNAPSHOTS=1 to accept):\n{Diff(expected, actual)}");
            }
        }

        Assert.True(failures.Length == 0, failures.ToString());
    }

    internal static string Diff(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var builder = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < Math.Max(a.Length, b.Length) && shown < 40; i++)
        {
            string? left = i < a.Length ? a[i] : null;
            string? right = i < b.Length ? b[i] : null;
            if (left != right)
            {
                builder.AppendLine($"@@ line {i + 1}");
                if (left is not null)
                {
                    builder.AppendLine("- " + left);
                }

                if (right is not null)
                {
                    builder.AppendLine("+ " + right);
                }

                shown++;
            }
        }

        return builder.ToString();
    }
}
