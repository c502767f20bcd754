using Multiprocessing.Tests.Targets;

namespace Multiprocessing.Tests.Process;

/// <summary>
/// A [ProcessTarget] method group converted to a variant delegate type (string Label(int) as a Func&lt;int, object&gt;)
/// is not the target the generator registered: the runtime refuses it with a message that says so and how to call it
/// (the analyzers make it build error MP0013), and the call written as the message says runs in the workers.
/// </summary>
public class VariantTargetTests
{
    [Fact]
    public void A_variant_delegate_is_refused_with_its_own_signature_in_the_message()
    {
        var refused = Assert.Throws<ArgumentException>(() => ChildProcess.Create<int, object>(VariantTargets.Label, 1));
        Assert.Contains("is marked [ProcessTarget] but was passed as Func<Int32, Object>, not as its own signature Func<Int32, String>", refused.Message);
        Assert.Contains("give the call's type arguments explicitly", refused.Message);
        Assert.DoesNotContain("not marked [ProcessTarget]", refused.Message);
    }

    [Fact]
    public async Task Pool_map_refuses_the_variant_delegate_and_runs_the_target_under_its_own_signature()
    {
        await using var pool = new ProcessPool(1);
        var refused = Assert.Throws<ArgumentException>(() => pool.Map<int, object>(VariantTargets.Label, new[] { 1, 2 }));
        Assert.Contains("not as its own signature Func<Int32, String>", refused.Message);

        Assert.Equal(new[] { "#1", "#2" }, pool.Map(VariantTargets.Label, new[] { 1, 2 }));
    }
}
