namespace Multiprocessing.Analyzers.Tests;

/// <summary>Targets shared by the pitfall tests.</summary>
internal static class PitfallTestSources
{
    public const string Targets = """
        using Multiprocessing;

        public static class Work
        {
            [ProcessTarget]
            public static void None() { }

            [ProcessTarget]
            public static void One(int x) { }

            [ProcessTarget]
            public static void Two(int a, string b) { }

            [ProcessTarget]
            public static int Three(int a, int b, int c) => a + b + c;
        }
        """;
}
