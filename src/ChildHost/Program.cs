// The SDK's child host: the process a child runs when the parent's entry assembly is not the user's application
// (for example xunit's testhost). It is started with the parent's own .deps.json and .runtimeconfig.json, so the
// Multiprocessing runtime and the target's assembly resolve exactly as in the parent; it then hands over to the
// runtime's bootstrap, which loads the target's assembly and runs the target.
using System.Reflection;

var runtime = Assembly.Load("Multiprocessing");
var loader = runtime.GetType("Multiprocessing.Spawn.ChildHostLoader", throwOnError: true)!;
var run = loader.GetMethod("RunChildHost", BindingFlags.NonPublic | BindingFlags.Static)!;
return (int)run.Invoke(null, null)!;
