namespace Multiprocessing.Orleans.Tests.Infrastructure;

/// <summary>
/// A test that needs a real redis-server, at the address in <c>MP_TEST_REDIS</c> (<c>host:port</c>; <c>.ci/run</c> starts
/// one). Without it the test is skipped and says why, except under CI (<c>CI=true</c>), where it runs and fails: the
/// Redis path must be tested there, not silently skipped.
/// </summary>
public sealed class RedisFactAttribute : FactAttribute
{
    public const string Variable = "MP_TEST_REDIS";

    public RedisFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable)) && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = $"{Variable} is not set: start a redis-server (apt-get install redis-server; redis-server --port 6390 --save '' --appendonly no) " +
                   $"and set {Variable}=127.0.0.1:6390 to run the Redis clustering test (CI sets it and fails instead of skipping).";
        }
    }

    /// <summary>The Redis address, or a failure that says how to provide one.</summary>
    public static string Address() =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } address
            ? address
            : throw new InvalidOperationException($"{Variable} is not set under CI: .ci/run must start a redis-server and export {Variable}=host:port.");
}
