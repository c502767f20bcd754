#!/usr/bin/env python3
"""Regenerates the typed overload families of the runtime. Run from the repository root.

- src/Sdk/Process/ChildProcess.Create.cs: ChildProcess.Create (0-8 parameters x 6 target shapes). A method group
  converts to exactly one delegate type, and the generator registers each [ProcessTarget] under that same type.
- src/Sdk/Targets/BatchRunners.cs and src/Sdk/Targets/TargetRegistry.Batch.cs: the batch runners behind Pool.Map and
  Pool.Starmap (1-4 parameters x sync/Task/ValueTask), and the generic Register overloads that build them. The
  generator's Register(id, type, new Func<...>(M), invoker) call binds to these overloads by itself.
- src/Sdk/Pool/ProcessPool.Apply.cs: ProcessPool.Apply and ApplyAsync (0-8 parameters x 6 target shapes).
- src/Sdk/Pool/IProcessPool.Apply.cs: the same Apply and ApplyAsync family as members of IProcessPool, the interface
  ProcessPool and the cluster pool (src/Orleans) both implement.
- src/Orleans/ClusterPool.Apply.cs: ClusterPool.Apply and ApplyAsync, the same family over an Orleans cluster.
"""
import os

OUT = os.path.join("src", "Sdk", "Process", "ChildProcess.Create.cs")
SHAPES = [
    ("Action{g}", None, "ChildProcess", "target({a})", "a void target"),
    ("Func<{g0}Task>", None, "ChildProcess", "target({a}).GetAwaiter().GetResult()", "an async target that returns <see cref=\"Task\"/>"),
    ("Func<{g0}ValueTask>", None, "ChildProcess", "target({a}).AsTask().GetAwaiter().GetResult()", "an async target that returns <see cref=\"ValueTask\"/>"),
    ("Func<{g0}TResult>", "TResult", "ChildProcess<TResult>", "target({a})", "a target that returns a value"),
    ("Func<{g0}Task<TResult>>", "TResult", "ChildProcess<TResult>", "target({a}).GetAwaiter().GetResult()", "an async target that returns <see cref=\"Task{TResult}\"/>"),
    ("Func<{g0}ValueTask<TResult>>", "TResult", "ChildProcess<TResult>", "target({a}).AsTask().GetAwaiter().GetResult()", "an async target that returns <see cref=\"ValueTask{TResult}\"/>"),
]


# A method group with an object parameter (Console.WriteLine(string, object)) also converts to a delegate that takes a
# CancellationToken: the token overloads yield to the plain ones whenever both apply.
PRIORITY = "    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]"


def token_shapes():
    """Targets with a CancellationToken parameter (not marshalled): n data parameters (0-7), the token at any position."""
    for n in range(0, 8):
        for pos in range(0, n + 1):
            yield n, pos


def data_params(dtype, ts):
    """The target and data parameters of an overload, the arguments of a local call, and the marshalling lambda."""
    n = len(ts)
    if n == 0:
        return f"{target_parameter(n)}{dtype} target", "", "static _ => { }"
    if n == 1:
        return f"{target_parameter(n)}{dtype} target, T1 arg", "arg", "w => w.Write(arg)"
    params = f"{target_parameter(n)}{dtype} target, ({', '.join(ts)}) args"
    call = ", ".join(f"args.Item{i}" for i in range(1, n + 1))
    writes = "w => { " + " ".join(f"w.Write(args.Item{i});" for i in range(1, n + 1)) + " }"
    return params, call, writes


def token_call(call, n, pos, token):
    """Inserts the token into a call's argument list at the target's token position."""
    parts = [c for c in call.split(", ") if c] if call else []
    parts.insert(pos, token)
    return ", ".join(parts)


def target_parameter(n):
    """The marker the analyzers find target parameters by (MP0002-MP0004, MP0012, MP0013): it names the parameter
    that holds the target's arguments, none for a target of no parameters."""
    return "[ProcessTargetParameter] " if n == 0 else f"[ProcessTargetParameter(\"{'arg' if n == 1 else 'args'}\")] "


def main():
    lines = ["// Written by eng/gen_create_overloads.py: edit the script, not this file.",
             "using Multiprocessing.Marshalling;", "", "namespace Multiprocessing;", "",
             "public partial class ChildProcess", "{"]
    for n in range(0, 9):
        ts = [f"T{i}" for i in range(1, n + 1)]
        for tmpl, res, ret, run, summary in SHAPES:
            g = "<" + ", ".join(ts) + ">" if ts else ""
            g0 = ", ".join(ts) + ", " if ts else ""
            dtype = tmpl.format(g=g, g0=g0)
            tparams = ts + ([res] if res else [])
            tp = "<" + ", ".join(tparams) + ">" if tparams else ""
            if n == 0:
                params, call, writes = f"{target_parameter(n)}{dtype} target", "", "static _ => { }"
            elif n == 1:
                params, call, writes = f"{target_parameter(n)}{dtype} target, T1 arg", "arg", "w => w.Write(arg)"
            else:
                params = f"{target_parameter(n)}{dtype} target, ({', '.join(ts)}) args"
                call = ", ".join(f"args.Item{i}" for i in range(1, n + 1))
                writes = "w => { " + " ".join(f"w.Write(args.Item{i});" for i in range(1, n + 1)) + " }"
            count = "no arguments" if n == 0 else ("one argument" if n == 1 else f"{n} arguments, given as a tuple (Python: <c>args=(...)</c>)")
            lines.append(f"    /// <summary>Creates a process that runs {summary} with {count}.</summary>")
            lines.append("    /// <remarks>Nothing starts until <see cref=\"Start()\"/>. The target must be a static method marked <see cref=\"ProcessTargetAttribute\"/>.</remarks>")
            for t in ts:
                lines.append(f"    /// <typeparam name=\"{t}\">The type of parameter {t[1:]}.</typeparam>")
            if res:
                lines.append("    /// <typeparam name=\"TResult\">The target's result type, available from <see cref=\"ChildProcess{TResult}.Result\"/> after the child exits.</typeparam>")
            lines.append("    /// <param name=\"target\">A static <see cref=\"ProcessTargetAttribute\"/> method.</param>")
            if n == 1:
                lines.append("    /// <param name=\"arg\">The argument, marshalled to the child.</param>")
            elif n > 1:
                lines.append("    /// <param name=\"args\">The arguments, marshalled to the child; tuple element names may name the parameters.</param>")
            lines.append("    /// <returns>A process that is not started yet.</returns>")
            lines.append("    /// <exception cref=\"ArgumentException\">The target is a lambda, an instance method or a method without <see cref=\"ProcessTargetAttribute\"/>.</exception>")
            kind = "ChildProcess<TResult>" if res else "ChildProcess"
            lines.append(f"    public static {ret} Create{tp}({params}) =>")
            lines.append(f"        new {kind}(target, {writes}, () => {run.format(a=call)});")
            lines.append("")
    for n, pos in token_shapes():
        ts = [f"T{i}" for i in range(1, n + 1)]
        dts = ts[:pos] + ["CancellationToken"] + ts[pos:]
        for tmpl, res, ret, run, summary in SHAPES:
            g = "<" + ", ".join(dts) + ">"
            g0 = ", ".join(dts) + ", "
            dtype = tmpl.format(g=g, g0=g0)
            tparams = ts + ([res] if res else [])
            tp = "<" + ", ".join(tparams) + ">" if tparams else ""
            params, call, writes = data_params(dtype, ts)
            call = token_call(call, n, pos, "CancellationToken.None")
            count = "no other arguments" if n == 0 else ("one other argument" if n == 1 else f"{n} other arguments, given as a tuple (Python: <c>args=(...)</c>)")
            lines.append(f"    /// <summary>Creates a process that runs {summary} taking a <see cref=\"CancellationToken\"/> (parameter {pos + 1}) and {count}.</summary>")
            lines.append("    /// <remarks>Nothing starts until <see cref=\"Start()\"/>. The token is not marshalled: in the child the target receives a token that <see cref=\"Cancel\"/>, the token given to <see cref=\"Start(CancellationToken)\"/> and <see cref=\"Terminate(TimeSpan)\"/> cancel.</remarks>")
            for t in ts:
                lines.append(f"    /// <typeparam name=\"{t}\">The type of data parameter {t[1:]}.</typeparam>")
            if res:
                lines.append("    /// <typeparam name=\"TResult\">The target's result type, available from <see cref=\"ChildProcess{TResult}.Result\"/> after the child exits.</typeparam>")
            lines.append("    /// <param name=\"target\">A static <see cref=\"ProcessTargetAttribute\"/> method.</param>")
            if n == 1:
                lines.append("    /// <param name=\"arg\">The argument, marshalled to the child.</param>")
            elif n > 1:
                lines.append("    /// <param name=\"args\">The arguments but the token, marshalled to the child; tuple element names may name the parameters.</param>")
            lines.append("    /// <returns>A process that is not started yet.</returns>")
            lines.append("    /// <exception cref=\"ArgumentException\">The target is a lambda, an instance method or a method without <see cref=\"ProcessTargetAttribute\"/>.</exception>")
            kind = "ChildProcess<TResult>" if res else "ChildProcess"
            lines.append(PRIORITY)
            lines.append(f"    public static {ret} Create{tp}({params}) =>")
            lines.append(f"        new {kind}(target, {writes}, () => {run.format(a=call)});")
            lines.append("")
    lines[-1:] = ["}", ""]
    with open(OUT, "w") as f:
        f.write("\n".join(lines))


BATCH_HEADER = ["// Written by eng/gen_create_overloads.py: edit the script, not this file."]
BATCH_SHAPES = [("Sync", "TResult", False), ("Task", "Task<TResult>", True), ("ValueTask", "ValueTask<TResult>", True)]


def batch_runners():
    out = BATCH_HEADER + ["using System.Runtime.CompilerServices;", "using Multiprocessing.Marshalling;", "", "namespace Multiprocessing.Targets;", ""]
    for n in range(1, 5):
        ts = [f"T{i}" for i in range(1, n + 1)]
        targs = ", ".join(ts)
        for shape, ret, is_async in BATCH_SHAPES:
            out.append(f"/// <summary>Runs a {shape.lower()} target of {n} parameter{'s' if n > 1 else ''} over a chunk of items.</summary>")
            out.append(f"internal sealed class {shape}BatchRunner<{targs}, TResult>(Func<{targs}, {ret}> target) : BatchRunner")
            out.append("{")
            if not is_async:
                # Instantiated over the user's types, so never precompiled: optimized at first use instead of running
                # its item loop as unoptimized tier-0 code for the first hundred-odd milliseconds of a map.
                out.append("    [MethodImpl(MethodImplOptions.AggressiveOptimization)]")
            out.append("    internal override " + ("async " if is_async else "") + "ValueTask RunAsync(ReadOnlyMemory<byte> chunk, MarshalWriter results, Action<int>? itemsDone)")
            out.append("    {")
            out.append("        var reader = new MarshalReader(chunk.Span);")
            # An item takes at least the sum of its parameters' fewest encoded bytes: a chunk announcing more items
            # than its bytes can hold fails before the async runners allocate their item array (the pre-size rule).
            min_size = " + ".join(f"Marshaller<{t}>.MinEncodedSize" for t in ts)
            out.append(f"        int count = ReadCount(ref reader, {min_size});")
            for t in ts:
                out.append(f"        var read{t} = Marshaller<{t}>.Default;")
            out.append("        var write = Marshaller<TResult>.Default;")
            if not is_async:
                out.append("        results.WriteLengthHeader(count);")
                if n == 1:
                    out.append("        if (IsRaw<T1>() && IsRaw<TResult>())")
                    out.append("        {")
                    out.append("            // Both sides are raw bytes: view the chunk as T1s and write TResults in place, one call per item.")
                    out.append("            var input = AsSpan<T1>(reader.ReadRaw(RawBytes<T1>(count)));")
                    out.append("            var output = AsSpan<TResult>(results.GetSpan(RawBytes<TResult>(count)), count);")
                    out.append("            for (int i = 0; i < input.Length; i++)")
                    out.append("            {")
                    out.append("                output[i] = target(input[i]);")
                    out.append("            }")
                    out.append("")
                    out.append("            results.Advance(RawBytes<TResult>(count));")
                    out.append("            reader.EnsureEnd(\"a map chunk\");")
                    out.append("            itemsDone?.Invoke(count);")
                    out.append("            return default;")
                    out.append("        }")
                    out.append("")
                out.append("        for (int i = 0; i < count; i++)")
                out.append("        {")
                call = ", ".join(f"read{t}.Read(ref reader)" for t in ts)
                out.append(f"            write.Write(results, target({call}));")
                out.append("        }")
                out.append("")
                out.append("        reader.EnsureEnd(\"a map chunk\");")
                out.append("        itemsDone?.Invoke(count);")
                out.append("        return default;")
            else:
                out.append("")
                out.append("        // The reader cannot live across an await: read every item first.")
                out.append(f"        var items = new ({targs})[count];" if n > 1 else "        var items = new T1[count];")
                out.append("        for (int i = 0; i < count; i++)")
                out.append("        {")
                if n == 1:
                    out.append("            items[i] = readT1.Read(ref reader);")
                else:
                    out.append("            items[i] = (" + ", ".join(f"read{t}.Read(ref reader)" for t in ts) + ");")
                out.append("        }")
                out.append("")
                out.append("        reader.EnsureEnd(\"a map chunk\");")
                out.append("        results.WriteLengthHeader(count);")
                out.append("        foreach (var item in items)")
                out.append("        {")
                call = "item" if n == 1 else ", ".join(f"item.Item{i}" for i in range(1, n + 1))
                out.append(f"            write.Write(results, await target({call}).ConfigureAwait(false));")
                out.append("        }")
                out.append("")
                out.append("        itemsDone?.Invoke(count);")
            out.append("    }")
            out.append("}")
            out.append("")
    out[-1:] = [""]
    with open(os.path.join("src", "Sdk", "Targets", "BatchRunners.cs"), "w") as f:
        f.write("\n".join(out))


def registry_batch():
    out = BATCH_HEADER + ["using System.ComponentModel;", "", "namespace Multiprocessing.Targets;", "", "public static partial class TargetRegistry", "{"]
    for n in range(1, 5):
        ts = [f"T{i}" for i in range(1, n + 1)]
        targs = ", ".join(ts)
        for shape, ret, _ in BATCH_SHAPES:
            out.append(f"    /// <summary>Registers a target of {n} parameter{'s' if n > 1 else ''} that returns a value, with the batch runner Pool.{'Map' if n == 1 else 'Starmap'} uses. Called by generated code.</summary>")
            for t in ts:
                out.append(f"    /// <typeparam name=\"{t}\">The type of parameter {t[1:]}.</typeparam>")
            out.append("    /// <typeparam name=\"TResult\">The result type.</typeparam>")
            out.append("    /// <param name=\"id\">The target's stable id.</param>")
            out.append("    /// <param name=\"declaringType\">The type that declares the method.</param>")
            out.append("    /// <param name=\"method\">A delegate to the method.</param>")
            out.append("    /// <param name=\"invoker\">The generated dispatcher.</param>")
            out.append("    [EditorBrowsable(EditorBrowsableState.Never)]")
            out.append(f"    public static void Register<{targs}, TResult>(string id, Type declaringType, Func<{targs}, {ret}> method, TargetInvoker invoker) =>")
            out.append(f"        Add(id, declaringType, method, invoker, new {shape}BatchRunner<{targs}, TResult>(method));")
            out.append("")
        for ret in ["Task", "ValueTask"]:
            out.append(f"    /// <summary>Registers an async target of {n} parameter{'s' if n > 1 else ''} that returns no value (it cannot be mapped). Called by generated code.</summary>")
            for t in ts:
                out.append(f"    /// <typeparam name=\"{t}\">The type of parameter {t[1:]}.</typeparam>")
            out.append("    /// <param name=\"id\">The target's stable id.</param>")
            out.append("    /// <param name=\"declaringType\">The type that declares the method.</param>")
            out.append("    /// <param name=\"method\">A delegate to the method.</param>")
            out.append("    /// <param name=\"invoker\">The generated dispatcher.</param>")
            out.append("    [EditorBrowsable(EditorBrowsableState.Never)]")
            out.append(f"    public static void Register<{targs}>(string id, Type declaringType, Func<{targs}, {ret}> method, TargetInvoker invoker) =>")
            out.append("        Add(id, declaringType, method, invoker, batch: null);")
            out.append("")
    out[-1:] = ["}", ""]
    with open(os.path.join("src", "Sdk", "Targets", "TargetRegistry.Batch.cs"), "w") as f:
        f.write("\n".join(out))


def pool_apply():
    out = BATCH_HEADER + ["namespace Multiprocessing;", "", "public sealed partial class ProcessPool", "{"]
    for n in range(0, 9):
        ts = [f"T{i}" for i in range(1, n + 1)]
        for tmpl, res, _, _, summary in SHAPES:
            g = "<" + ", ".join(ts) + ">" if ts else ""
            g0 = ", ".join(ts) + ", " if ts else ""
            dtype = tmpl.format(g=g, g0=g0)
            tparams = ts + ([res] if res else [])
            tp = "<" + ", ".join(tparams) + ">" if tparams else ""
            if n == 0:
                params, writes = f"{target_parameter(n)}{dtype} target", "static _ => { }"
            elif n == 1:
                params, writes = f"{target_parameter(n)}{dtype} target, T1 arg", "w => w.Write(arg)"
            else:
                params = f"{target_parameter(n)}{dtype} target, ({', '.join(ts)}) args"
                writes = "w => { " + " ".join(f"w.Write(args.Item{i});" for i in range(1, n + 1)) + " }"
            docs = [f"    /// <typeparam name=\"{t}\">The type of parameter {t[1:]}.</typeparam>" for t in ts]
            if res:
                docs.append("    /// <typeparam name=\"TResult\">The target's result type.</typeparam>")
            docs.append("    /// <param name=\"target\">A static <see cref=\"ProcessTargetAttribute\"/> method.</param>")
            if n == 1:
                docs.append("    /// <param name=\"arg\">The argument.</param>")
            elif n > 1:
                docs.append("    /// <param name=\"args\">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>")
            # Apply
            out.append(f"    /// <summary>Runs {summary} in a worker and waits for it (Python's <c>apply</c>).</summary>")
            out += docs
            if res:
                out.append("    /// <returns>The target's result.</returns>")
            out.append("    /// <exception cref=\"RemoteProcessException\">The target threw in the worker.</exception>")
            out.append("    /// <exception cref=\"WorkerCrashedException\">The worker died while it held the task.</exception>")
            out.append("    /// <exception cref=\"InvalidOperationException\">The pool is closed or terminated.</exception>")
            ret = res if res else "void"
            body = f"ApplyAsync(target{', arg' if n == 1 else (', args' if n > 1 else '')}).Get()"
            out.append(f"    public {ret} Apply{tp}({params}) =>")
            out.append(f"        {body};")
            out.append("")
            # ApplyAsync
            kind = "AsyncResult<TResult>" if res else "AsyncResult"
            cb = "Action<TResult>" if res else "Action"
            out.append(f"    /// <summary>Submits {summary} to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>")
            out += docs
            out.append("    /// <param name=\"callback\">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>")
            out.append("    /// <param name=\"errorCallback\">Called with the exception when the task fails.</param>")
            out.append("    /// <param name=\"cancellationToken\">Drops the task if it has not been sent to a worker yet, else cancels the token of a target's <see cref=\"CancellationToken\"/> parameter in the worker; the result then fails with <see cref=\"OperationCanceledException\"/> at once. A target still running after <see cref=\"ProcessPoolOptions.CancellationGracePeriod\"/> is stopped with its worker (which is replaced).</param>")
            out.append("    /// <returns>The pending result.</returns>")
            out.append("    /// <exception cref=\"InvalidOperationException\">The pool is closed or terminated.</exception>")
            out.append(f"    public {kind} ApplyAsync{tp}({params}, {cb}? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>")
            if res:
                out.append(f"        SubmitApply<TResult>(target, {writes}, callback, errorCallback, cancellationToken);")
            else:
                out.append(f"        SubmitApply(target, {writes}, callback, errorCallback, cancellationToken);")
            out.append("")
    for n, pos in token_shapes():
        ts = [f"T{i}" for i in range(1, n + 1)]
        dts = ts[:pos] + ["CancellationToken"] + ts[pos:]
        for tmpl, res, _, _, summary in SHAPES:
            g = "<" + ", ".join(dts) + ">"
            g0 = ", ".join(dts) + ", "
            dtype = tmpl.format(g=g, g0=g0)
            tparams = ts + ([res] if res else [])
            tp = "<" + ", ".join(tparams) + ">" if tparams else ""
            params, _, writes = data_params(dtype, ts)
            what = f"{summary} taking a <see cref=\"CancellationToken\"/> (parameter {pos + 1})"
            docs = [f"    /// <typeparam name=\"{t}\">The type of data parameter {t[1:]}.</typeparam>" for t in ts]
            if res:
                docs.append("    /// <typeparam name=\"TResult\">The target's result type.</typeparam>")
            docs.append("    /// <param name=\"target\">A static <see cref=\"ProcessTargetAttribute\"/> method.</param>")
            if n == 1:
                docs.append("    /// <param name=\"arg\">The argument.</param>")
            elif n > 1:
                docs.append("    /// <param name=\"args\">The arguments but the token, as a tuple (Python: <c>args=(...)</c>).</param>")
            token_doc = ("    /// <param name=\"cancellationToken\">Cancels the token the target receives in the worker (a task not sent yet is dropped); "
                         "the result then fails with <see cref=\"OperationCanceledException\"/>. A target that ignores it is stopped with its worker after "
                         "<see cref=\"ProcessPoolOptions.CancellationGracePeriod\"/>.</param>")
            # Apply
            out.append(f"    /// <summary>Runs {what} in a worker and waits for it (Python's <c>apply</c>).</summary>")
            out += docs
            out.append(token_doc)
            if res:
                out.append("    /// <returns>The target's result.</returns>")
            out.append("    /// <exception cref=\"RemoteProcessException\">The target threw in the worker.</exception>")
            out.append("    /// <exception cref=\"OperationCanceledException\"><paramref name=\"cancellationToken\"/> was cancelled.</exception>")
            out.append("    /// <exception cref=\"WorkerCrashedException\">The worker died while it held the task.</exception>")
            out.append("    /// <exception cref=\"InvalidOperationException\">The pool is closed or terminated.</exception>")
            ret = res if res else "void"
            body = f"ApplyAsync(target{', arg' if n == 1 else (', args' if n > 1 else '')}, cancellationToken: cancellationToken).Get()"
            out.append(PRIORITY)
            out.append(f"    public {ret} Apply{tp}({params}, CancellationToken cancellationToken = default) =>")
            out.append(f"        {body};")
            out.append("")
            # ApplyAsync
            kind = "AsyncResult<TResult>" if res else "AsyncResult"
            cb = "Action<TResult>" if res else "Action"
            out.append(f"    /// <summary>Submits {what} to a worker (Python's <c>apply_async</c>); the result is awaitable.</summary>")
            out += docs
            out.append("    /// <param name=\"callback\">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>")
            out.append("    /// <param name=\"errorCallback\">Called with the exception when the task fails.</param>")
            out.append(token_doc)
            out.append("    /// <returns>The pending result.</returns>")
            out.append("    /// <exception cref=\"InvalidOperationException\">The pool is closed or terminated.</exception>")
            out.append(PRIORITY)
            out.append(f"    public {kind} ApplyAsync{tp}({params}, {cb}? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>")
            if res:
                out.append(f"        SubmitApply<TResult>(target, {writes}, callback, errorCallback, cancellationToken);")
            else:
                out.append(f"        SubmitApply(target, {writes}, callback, errorCallback, cancellationToken);")
            out.append("")
    out[-1:] = ["}", ""]
    with open(os.path.join("src", "Sdk", "Pool", "ProcessPool.Apply.cs"), "w") as f:
        f.write("\n".join(out))


def apply_family():
    """The Apply/ApplyAsync overloads of the pool interface, one entry per member: (docs, apply signature, apply body,
    apply_async signature, apply_async body), so that IProcessPool and ClusterPool list exactly ProcessPool's family."""
    members = []
    for n in range(0, 9):
        ts = [f"T{i}" for i in range(1, n + 1)]
        for tmpl, res, _, _, summary in SHAPES:
            g = "<" + ", ".join(ts) + ">" if ts else ""
            g0 = ", ".join(ts) + ", " if ts else ""
            dtype = tmpl.format(g=g, g0=g0)
            tparams = ts + ([res] if res else [])
            tp = "<" + ", ".join(tparams) + ">" if tparams else ""
            if n == 0:
                params, writes = f"{target_parameter(n)}{dtype} target", "static _ => { }"
            elif n == 1:
                params, writes = f"{target_parameter(n)}{dtype} target, T1 arg", "w => w.Write(arg)"
            else:
                params = f"{target_parameter(n)}{dtype} target, ({', '.join(ts)}) args"
                writes = "w => { " + " ".join(f"w.Write(args.Item{i});" for i in range(1, n + 1)) + " }"
            docs = [f"    /// <typeparam name=\"{t}\">The type of parameter {t[1:]}.</typeparam>" for t in ts]
            if res:
                docs.append("    /// <typeparam name=\"TResult\">The target's result type.</typeparam>")
            docs.append("    /// <param name=\"target\">A static <see cref=\"ProcessTargetAttribute\"/> method.</param>")
            if n == 1:
                docs.append("    /// <param name=\"arg\">The argument.</param>")
            elif n > 1:
                docs.append("    /// <param name=\"args\">The arguments, as a tuple (Python: <c>args=(...)</c>).</param>")
            ret = res if res else "void"
            kind = "AsyncResult<TResult>" if res else "AsyncResult"
            cb = "Action<TResult>" if res else "Action"
            apply_sig = f"{ret} Apply{tp}({params})"
            apply_body = f"ApplyAsync(target{', arg' if n == 1 else (', args' if n > 1 else '')}).Get()"
            async_sig = f"{kind} ApplyAsync{tp}({params}, {cb}? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default)"
            async_body = (f"SubmitApply<TResult>(target, {writes}, callback, errorCallback, cancellationToken)" if res
                          else f"SubmitApply(target, {writes}, callback, errorCallback, cancellationToken)")
            members.append((summary, docs, bool(res), apply_sig, apply_body, async_sig, async_body))
    return members


def pool_interface_apply():
    out = BATCH_HEADER + ["namespace Multiprocessing;", "", "public partial interface IProcessPool", "{"]
    for summary, docs, res, apply_sig, _, async_sig, _ in apply_family():
        out.append(f"    /// <summary>Runs {summary} in a pool worker and waits for it (Python's <c>apply</c>).</summary>")
        out += docs
        if res:
            out.append("    /// <returns>The target's result.</returns>")
        out.append("    /// <exception cref=\"RemoteProcessException\">The target threw in the worker.</exception>")
        out.append("    /// <exception cref=\"WorkerCrashedException\">The worker died while it held the task.</exception>")
        out.append("    /// <exception cref=\"InvalidOperationException\">The pool is closed or terminated.</exception>")
        out.append(f"    {apply_sig};")
        out.append("")
        out.append(f"    /// <summary>Submits {summary} to a pool worker (Python's <c>apply_async</c>); the result is awaitable.</summary>")
        out += docs
        out.append("    /// <param name=\"callback\">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>")
        out.append("    /// <param name=\"errorCallback\">Called with the exception when the task fails.</param>")
        out.append("    /// <param name=\"cancellationToken\">Drops the task if it has not been sent to a worker yet; the result then fails with <see cref=\"OperationCanceledException\"/>.</param>")
        out.append("    /// <returns>The pending result.</returns>")
        out.append("    /// <exception cref=\"InvalidOperationException\">The pool is closed or terminated.</exception>")
        out.append(f"    {async_sig};")
        out.append("")
    out[-1:] = ["}", ""]
    with open(os.path.join("src", "Sdk", "Pool", "IProcessPool.Apply.cs"), "w") as f:
        f.write("\n".join(out))


def cluster_pool_apply():
    out = BATCH_HEADER + ["namespace Multiprocessing.Orleans;", "", "public sealed partial class ClusterPool", "{"]
    for _, _, _, apply_sig, apply_body, async_sig, async_body in apply_family():
        out.append("    /// <inheritdoc />")
        out.append(f"    public {apply_sig} =>")
        out.append(f"        {apply_body};")
        out.append("")
        out.append("    /// <inheritdoc />")
        out.append(f"    public {async_sig} =>")
        out.append(f"        {async_body};")
        out.append("")
    out[-1:] = ["}", ""]
    with open(os.path.join("src", "Orleans", "ClusterPool.Apply.cs"), "w") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    main()
    batch_runners()
    registry_batch()
    pool_apply()
    pool_interface_apply()
    cluster_pool_apply()
