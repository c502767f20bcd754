#!/usr/bin/env python3
"""Regenerates src/Sdk/InProcess/InProcessPool.Apply.cs: InProcessPool.Apply and ApplyAsync, the same 0-8 parameters x
6 target shapes as ProcessPool's (eng/gen_create_overloads.py), so that a ProcessPool call compiles unchanged against
an InProcessPool. Run from the repository root."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_create_overloads import BATCH_HEADER, SHAPES, target_parameter  # noqa: E402

OUT = os.path.join("src", "Sdk", "InProcess", "InProcessPool.Apply.cs")


def main():
    out = [BATCH_HEADER[0].replace("gen_create_overloads", "gen_inprocess_overloads"),
           "namespace Multiprocessing;", "", "public sealed partial class InProcessPool", "{"]
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
                docs.append("    /// <param name=\"arg\">The argument, marshalled and unmarshalled as for a process.</param>")
            elif n > 1:
                docs.append("    /// <param name=\"args\">The arguments, as a tuple, marshalled and unmarshalled as for a process.</param>")
            out.append(f"    /// <summary>Runs {summary} on a worker thread, through the marshallers, and waits for it (Python's <c>apply</c>).</summary>")
            out += docs
            if res:
                out.append("    /// <returns>The target's result, unmarshalled.</returns>")
            out.append("    /// <exception cref=\"RemoteProcessException\">The target threw; the original exception is the inner one.</exception>")
            out.append("    /// <exception cref=\"InvalidOperationException\">The pool is closed or terminated.</exception>")
            ret = res if res else "void"
            body = f"ApplyAsync(target{', arg' if n == 1 else (', args' if n > 1 else '')}).Get()"
            out.append(f"    public {ret} Apply{tp}({params}) =>")
            out.append(f"        {body};")
            out.append("")
            kind = "AsyncResult<TResult>" if res else "AsyncResult"
            cb = "Action<TResult>" if res else "Action"
            out.append(f"    /// <summary>Submits {summary} to a worker thread, through the marshallers (Python's <c>apply_async</c>); the result is awaitable.</summary>")
            out += docs
            out.append("    /// <param name=\"callback\">Called with the result when it is ready (on a thread-pool thread; keep it short).</param>")
            out.append("    /// <param name=\"errorCallback\">Called with the exception when the task fails.</param>")
            out.append("    /// <param name=\"cancellationToken\">Drops the task if no worker has taken it yet; the result then fails with <see cref=\"OperationCanceledException\"/>.</param>")
            out.append("    /// <returns>The pending result.</returns>")
            out.append("    /// <exception cref=\"InvalidOperationException\">The pool is closed or terminated.</exception>")
            out.append(f"    public {kind} ApplyAsync{tp}({params}, {cb}? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>")
            if res:
                out.append(f"        SubmitApply<TResult>(target, {writes}, callback, errorCallback, cancellationToken);")
            else:
                out.append(f"        SubmitApply(target, {writes}, callback, errorCallback, cancellationToken);")
            out.append("")
    out[-1:] = ["}", ""]
    with open(OUT, "w") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    main()
