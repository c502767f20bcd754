#!/usr/bin/env python3
"""Regenerates the typed overload families of the runtime from one shape table. Run from the repository root.

A target is a static method; the C# compiler converts a method group to exactly one delegate type, and the generator
registers each [ProcessTarget] under that same type. So every API that takes a target has one overload per delegate
shape a target can have. The shapes are listed once here (KINDS x arities x token positions), and every family below
is that table crossed with a member template:

- ChildProcess.Create (src/Sdk/Process/ChildProcess.Create.cs): 0-8 data parameters x the 6 kinds, and the same
  with a CancellationToken parameter (not marshalled) at any position.
- Apply/ApplyAsync, once for every pool: extension methods of IProcessPool in ProcessPoolExtensions
  (src/Sdk/Pool/ProcessPoolExtensions.Apply.cs), the token shapes on ProcessPool, each forwarding to the pool's core
  (the internal IPoolCalls that ProcessPool, InProcessPool and ClusterPool implement).
- Map/MapAsync, Imap/ImapUnordered (+Async) over targets of one parameter and Starmap/StarmapAsync over targets of
  2-4 parameters, each for the 3 kinds that return a value: the same shapes the batch runners
  (src/Sdk/Targets/BatchRunners.cs) and the TargetRegistry.Register overloads that build them
  (src/Sdk/Targets/TargetRegistry.Batch.cs) cover, so every batch runner is reachable from some call.
  Also extension methods of IProcessPool (src/Sdk/Pool/ProcessPoolExtensions.Map.cs), followed by a ProcessPool's
  maps of targets of one parameter and a trailing CancellationToken (its workers cancel each chunk's token).

Docs are written once per family in src/Sdk/Overloads.xml; each member includes its family's text and the tags of
its own type parameters and parameters (picked by name), so every public member is documented (CS1591) without a
copy of the text.
"""
import os

HEADER = "// Written by eng/gen_overloads.py: edit the script (and src/Sdk/Overloads.xml), not this file."

# How a target returns: (delegate template, result type parameter or None, batch runner prefix or None, how a child
# runs it to completion). {g} is the generic argument list of an Action, {g0} the leading arguments of a Func.
KINDS = [
    ("Action{g}", None, None, "target({a})"),
    ("Func<{g0}Task>", None, None, "target({a}).GetAwaiter().GetResult()"),
    ("Func<{g0}ValueTask>", None, None, "target({a}).AsTask().GetAwaiter().GetResult()"),
    ("Func<{g0}TResult>", "TResult", "Sync", "target({a})"),
    ("Func<{g0}Task<TResult>>", "TResult", "Task", "target({a}).GetAwaiter().GetResult()"),
    ("Func<{g0}ValueTask<TResult>>", "TResult", "ValueTask", "target({a}).AsTask().GetAwaiter().GetResult()"),
]
RESULT_KINDS = [k for k in KINDS if k[1]]  # the kinds a map can collect results of

APPLY_ARITIES = range(0, 9)  # Create and Apply: 0-8 data parameters
MAP_ARITIES = range(1, 5)    # Map (1) and Starmap (2-4): the batch runners
TOKEN_ARITIES = range(0, 8)  # Create and ProcessPool.Apply with a CancellationToken: 0-7 data parameters besides it

# A method group with an object parameter (Console.WriteLine(string, object)) also converts to a delegate that takes a
# CancellationToken: the token overloads yield to the plain ones whenever both apply.
PRIORITY = "    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]"


class Shape:
    """One row of the table: n data parameters, a kind, and where a CancellationToken parameter sits (None: none)."""

    def __init__(self, n, kind, token=None):
        self.n, self.kind, self.token = n, kind, token
        self.ts = [f"T{i}" for i in range(1, n + 1)]
        dts = list(self.ts)
        if token is not None:
            dts.insert(token, "CancellationToken")
        tmpl, self.result, self.runner, self.run = kind
        self.delegate = tmpl.format(g="<" + ", ".join(dts) + ">" if dts else "", g0="".join(t + ", " for t in dts))
        self.tparams = self.ts + ([self.result] if self.result else [])
        self.tp = "<" + ", ".join(self.tparams) + ">" if self.tparams else ""

    # Create and Apply: the arguments travel as `arg` (one) or `args` (a tuple of several).
    def args_param(self):
        return "" if self.n == 0 else (", T1 arg" if self.n == 1 else f", ({', '.join(self.ts)}) args")

    def args_name(self):
        return [] if self.n == 0 else (["arg"] if self.n == 1 else ["args"])

    def target(self):
        """The target parameter with the marker the analyzers find target parameters by (MP0002-MP0004, MP0012,
        MP0013): it names the parameter that holds the target's arguments, none for a target of no parameters."""
        marker = "[ProcessTargetParameter]" if self.n == 0 else f"[ProcessTargetParameter(\"{self.args_name()[0]}\")]"
        return f"{marker} {self.delegate} target"

    def writes(self):
        if self.n == 0:
            return "static _ => { }"
        if self.n == 1:
            return "w => w.Write(arg)"
        return "w => { " + " ".join(f"w.Write(args.Item{i});" for i in range(1, self.n + 1)) + " }"

    def call(self, token):
        parts = ["arg"] if self.n == 1 else [f"args.Item{i}" for i in range(1, self.n + 1)]
        if self.token is not None:
            parts.insert(self.token, token)
        return ", ".join(parts)

    # Map and Starmap: the items are the arguments of one call each (the item itself, or a tuple for several).
    def item(self):
        return "T" if self.n == 1 else "(" + ", ".join(self.ts) + ")"

    def map_tparams(self):
        return (["T"] if self.n == 1 else self.ts) + ["TResult"]

    def map_target(self):
        g = "T" if self.n == 1 else ", ".join(self.ts)
        ret = {"Sync": "TResult", "Task": "Task<TResult>", "ValueTask": "ValueTask<TResult>"}[self.runner]
        return f"[ProcessTargetParameter(\"items\", EachItem = true)] Func<{g}, {ret}> target"


def apply_shapes(tokens):
    for n in APPLY_ARITIES:
        for kind in KINDS:
            yield Shape(n, kind)
    if tokens:
        for n in TOKEN_ARITIES:
            for pos in range(0, n + 1):
                for kind in KINDS:
                    yield Shape(n, kind, pos)


def map_shapes():
    for n in MAP_ARITIES:
        for kind in RESULT_KINDS:
            yield Shape(n, kind)


def include(file, families, names):
    """One line of docs: the text of the member's families in Overloads.xml (a family, then what one pool adds to it)
    and the tags of the member's own (type) parameters, picked by name."""
    picked = " ".join(names)
    which = " or ".join(f"@name=\"{f}\"" for f in ([families] if isinstance(families, str) else families) + ["types"])
    return (f"    /// <include file='{file}' path='overloads/family[{which}]"
            f"/*[not(@name) or contains(\" {picked} \", concat(\" \", @name, \" \"))]'/>")


def write(path, lines):
    lines[-1:] = ["}", ""]
    with open(path, "w") as f:
        f.write("\n".join(lines))


def class_header(namespace, declaration, usings=()):
    return [HEADER] + [f"using {u};" for u in usings] + ([""] if usings else []) + [f"namespace {namespace};", "", declaration, "{"]


def member(out, docs, signature, body=None, priority=False):
    out.append(docs)
    if priority:
        out.append(PRIORITY)
    if body is None:
        out.append(f"    {signature};")
    else:
        out.append(f"    {signature} =>")
        out.append(f"        {body};")
    out.append("")


# ---------------------------------------------------------------------------------------------------- ChildProcess

def create():
    docs_file = "../Overloads.xml"
    out = class_header("Multiprocessing", "public partial class ChildProcess", ["Multiprocessing.Marshalling"])
    for s in apply_shapes(tokens=True):
        family = "ChildProcess.Create" if s.token is None else "ChildProcess.Create.Token"
        ret = "ChildProcess<TResult>" if s.result else "ChildProcess"
        run = s.run.format(a=s.call("CancellationToken.None"))
        member(out, include(docs_file, family, s.tparams + ["target"] + s.args_name()),
               f"public static {ret} Create{s.tp}({s.target()}{s.args_param()})",
               f"new {ret}(target, {s.writes()}, () => {run})", priority=s.token is not None)
    write(os.path.join("src", "Sdk", "Process", "ChildProcess.Create.cs"), out)


# ---------------------------------------------------------------------------------------------------- Apply

# The pools' call families are extension methods of IProcessPool, written once (as LoggerExtensions over ILogger):
# each forwards to the pool's core (IPoolCalls, see ProcessPoolExtensions.cs), which ProcessPool, InProcessPool and
# ClusterPool implement. C# looks at extension methods only when no instance method of the name applies, and
# OverloadResolutionPriority compares members of one declaring type: so every Apply- and Map-named member, ProcessPool's
# token shapes too, is declared in this one static class.
EXTENSIONS = "public static partial class ProcessPoolExtensions"
APPLY_ASYNC_TAIL = "Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default"


def apply_members(s):
    """(Apply signature, Apply body, ApplyAsync signature, ApplyAsync body) of a shape. The shapes whose target takes a
    CancellationToken are ProcessPool's own (its worker cancels that token): their receiver is a ProcessPool."""
    ret = s.result or "void"
    kind = "AsyncResult<TResult>" if s.result else "AsyncResult"
    cb = "Action<TResult>" if s.result else "Action"
    receiver = "this IProcessPool pool" if s.token is None else "this ProcessPool pool"
    token_param = ", CancellationToken cancellationToken = default" if s.token is not None else ""
    submit = "SubmitApply<TResult>" if s.result else "SubmitApply"
    apply_sig = f"public static {ret} Apply{s.tp}({receiver}, {s.target()}{s.args_param()}{token_param})"
    token = "cancellationToken" if s.token is not None else "CancellationToken.None"
    apply_body = f"Calls(pool).{submit}(target, {s.writes()}, null, null, {token}).Get()"
    async_sig = f"public static {kind} ApplyAsync{s.tp}({receiver}, {s.target()}{s.args_param()}, {cb}? callback = null, {APPLY_ASYNC_TAIL})"
    async_body = f"Calls(pool).{submit}(target, {s.writes()}, callback, errorCallback, cancellationToken)"
    return apply_sig, apply_body, async_sig, async_body


def apply_family(path, docs_file):
    out = class_header("Multiprocessing", EXTENSIONS)
    for s in apply_shapes(tokens=True):
        apply_sig, apply_body, async_sig, async_body = apply_members(s)
        names = s.tparams + ["pool", "target"] + s.args_name()
        token = "" if s.token is None else ".Token"
        for name, sig, body, extra in (("Apply", apply_sig, apply_body, []),
                                       ("ApplyAsync", async_sig, async_body, ["callback", "errorCallback"])):
            # A void Apply returns nothing: its family's <returns> is apart (".Result") and taken by the others only.
            families = [f"Pool.{name}{token}"] + ([f"Pool.{name}{token}.Result"] if s.result and name == "Apply" else [])
            member(out, include(docs_file, families, names + extra + ["cancellationToken"]), sig, body, priority=s.token is not None)
    write(path, out)


# ---------------------------------------------------------------------------------------------------- Map family

# The map family: (name, arities, return type, parameters after the items, body). {item} is the item type; the body
# calls the pool's core (IPoolCalls): StartMap, StartStarmap, StartImap, StartImapAsync.
def map_families():
    progress = "IProgress<int>? progress = null"
    callbacks = "Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null"
    token = "CancellationToken cancellationToken = default"
    one, many = [1], [2, 3, 4]
    # Starmap's tuples go through ChunkCodec's tuple overloads, bound here where the tuple type is spelled out.
    encode = "static chunk => ChunkCodec.Write(chunk.Span)"
    return [
        ("Map", one, "TResult[]", f"int chunkSize = 0, {progress}", "Calls(pool).StartMap<{item}, TResult>(target, items, chunkSize, progress, null, null, CancellationToken.None, blocking: true).Get()"),
        ("MapAsync", one, "AsyncResult<TResult[]>", f"int chunkSize = 0, {progress}, {callbacks}, {token}", "Calls(pool).StartMap<{item}, TResult>(target, items, chunkSize, progress, callback, errorCallback, cancellationToken, blocking: false)"),
        ("Starmap", many, "TResult[]", f"int chunkSize = 0, {progress}", f"Calls(pool).StartStarmap<{{item}}, TResult>(target, items, chunkSize, progress, null, null, {encode}, CancellationToken.None).Get()"),
        ("StarmapAsync", many, "AsyncResult<TResult[]>", f"int chunkSize = 0, {progress}, {callbacks}, {token}", f"Calls(pool).StartStarmap<{{item}}, TResult>(target, items, chunkSize, progress, callback, errorCallback, {encode}, cancellationToken)"),
        ("Imap", one, "IEnumerable<TResult>", f"int chunkSize = 1, {progress}", "Calls(pool).StartImap<{item}, TResult>(target, items, chunkSize, progress, ordered: true)"),
        ("ImapUnordered", one, "IEnumerable<TResult>", f"int chunkSize = 1, {progress}", "Calls(pool).StartImap<{item}, TResult>(target, items, chunkSize, progress, ordered: false)"),
        ("ImapAsync", one, "IAsyncEnumerable<TResult>", f"int chunkSize = 1, {progress}, {token}", "Calls(pool).StartImapAsync<{item}, TResult>(target, items, chunkSize, progress, ordered: true, cancellationToken)"),
        ("ImapUnorderedAsync", one, "IAsyncEnumerable<TResult>", f"int chunkSize = 1, {progress}, {token}", "Calls(pool).StartImapAsync<{item}, TResult>(target, items, chunkSize, progress, ordered: false, cancellationToken)"),
    ]


def parameter_names(tail):
    return [p.split("=")[0].split()[-1] for p in tail.split(", ")]


# A ProcessPool's maps of targets of one parameter and a trailing CancellationToken: (name, target results, return
# type, parameters after the items, body, doc families). Its workers cancel each running chunk's token (the other
# pools have no such core), so the receiver is a ProcessPool; OverloadResolutionPriority(-1) ranks them below the plain
# family of this same class, so a method group that fits both binds to the plain shape.
def token_map_families():
    progress = "IProgress<int>? progress = null"
    callbacks = "Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null"
    token = "CancellationToken cancellationToken = default"
    both, sync = ["TResult", "Task<TResult>"], ["TResult"]
    imap = ["Pool.Token", "Pool.Imap.Token.Items"]
    return [
        ("Map", both, "TResult[]", f"int chunkSize = 0, {progress}, {token}", "pool.StartCancellableMap<T, TResult>(target, items, chunkSize, progress, null, null, cancellationToken, blocking: true).Get()", ["Pool.Token", "Pool.Map.Token"]),
        ("MapAsync", both, "AsyncResult<TResult[]>", f"int chunkSize = 0, {progress}, {callbacks}, {token}", "pool.StartCancellableMap<T, TResult>(target, items, chunkSize, progress, callback, errorCallback, cancellationToken)", ["Pool.Token", "Pool.MapAsync.Token"]),
        ("Imap", sync, "IEnumerable<TResult>", f"int chunkSize = 1, {progress}, {token}", "pool.StartCancellableImap<T, TResult>(target, items, chunkSize, progress, ordered: true, cancellationToken)", imap + ["Pool.Imap.Token.Blocking", "Pool.Imap.Token"]),
        ("ImapUnordered", sync, "IEnumerable<TResult>", f"int chunkSize = 1, {progress}, {token}", "pool.StartCancellableImap<T, TResult>(target, items, chunkSize, progress, ordered: false, cancellationToken)", imap + ["Pool.Imap.Token.Blocking", "Pool.ImapUnordered.Token"]),
        ("ImapAsync", sync, "IAsyncEnumerable<TResult>", f"int chunkSize = 1, {progress}, {token}", "pool.StartCancellableImapAsync<T, TResult>(target, items, chunkSize, progress, ordered: true, cancellationToken)", imap + ["Pool.Imap.Token.Async", "Pool.ImapAsync.Token"]),
        ("ImapUnorderedAsync", sync, "IAsyncEnumerable<TResult>", f"int chunkSize = 1, {progress}, {token}", "pool.StartCancellableImapAsync<T, TResult>(target, items, chunkSize, progress, ordered: false, cancellationToken)", imap + ["Pool.Imap.Token.Async", "Pool.ImapUnorderedAsync.Token"]),
    ]


def map_family(path, docs_file):
    out = class_header("Multiprocessing", EXTENSIONS, ["Multiprocessing.Pool"])
    for name, arities, ret, tail, body in map_families():
        for s in map_shapes():
            if s.n not in arities:
                continue
            tparams = s.map_tparams()
            sig = f"public static {ret} {name}<{', '.join(tparams)}>(this IProcessPool pool, {s.map_target()}, IEnumerable<{s.item()}> items, {tail})"
            docs = include(docs_file, f"Pool.{name}", tparams + ["pool", "target", "items"] + parameter_names(tail))
            member(out, docs, sig, body.format(item=s.item()))
    for name, results, ret, tail, body, families in token_map_families():
        for result in results:
            sig = (f"public static {ret} {name}<T, TResult>(this ProcessPool pool, [ProcessTargetParameter(\"items\", EachItem = true)] "
                   f"Func<T, CancellationToken, {result}> target, IEnumerable<T> items, {tail})")
            docs = include(docs_file, families, ["T", "TResult", "pool", "target", "items"] + parameter_names(tail))
            member(out, docs, sig, body, priority=True)
    write(path, out)


# ---------------------------------------------------------------------------------------------------- Batch runners

def batch_runners():
    out = [HEADER, "using System.Runtime.CompilerServices;", "using Multiprocessing.Marshalling;", "", "namespace Multiprocessing.Targets;", ""]
    for s in map_shapes():
        ts, n = s.ts, s.n
        targs = ", ".join(ts)
        ret = {"Sync": "TResult", "Task": "Task<TResult>", "ValueTask": "ValueTask<TResult>"}[s.runner]
        is_async = s.runner != "Sync"
        out.append(f"/// <summary>Runs a {s.runner.lower()} target of {n} parameter{'s' if n > 1 else ''} over a chunk of items.</summary>")
        out.append(f"internal sealed class {s.runner}BatchRunner<{targs}, TResult>(Func<{targs}, {ret}> target) : BatchRunner")
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
                out += [
                    "        if (IsRaw<T1>() && IsRaw<TResult>())",
                    "        {",
                    "            // Both sides are raw bytes: view the chunk as T1s and write TResults in place, one call per item.",
                    "            var input = AsSpan<T1>(reader.ReadRaw(RawBytes<T1>(count)));",
                    "            var output = AsSpan<TResult>(results.GetSpan(RawBytes<TResult>(count)), count);",
                    "            for (int i = 0; i < input.Length; i++)",
                    "            {",
                    "                output[i] = target(input[i]);",
                    "            }",
                    "",
                    "            results.Advance(RawBytes<TResult>(count));",
                    "            reader.EnsureEnd(\"a map chunk\");",
                    "            itemsDone?.Invoke(count);",
                    "            return default;",
                    "        }",
                    "",
                ]
            call = ", ".join(f"read{t}.Read(ref reader)" for t in ts)
            out += [
                "        for (int i = 0; i < count; i++)",
                "        {",
                f"            write.Write(results, target({call}));",
                "        }",
                "",
                "        reader.EnsureEnd(\"a map chunk\");",
                "        itemsDone?.Invoke(count);",
                "        return default;",
            ]
        else:
            read = "readT1.Read(ref reader)" if n == 1 else "(" + ", ".join(f"read{t}.Read(ref reader)" for t in ts) + ")"
            call = "item" if n == 1 else ", ".join(f"item.Item{i}" for i in range(1, n + 1))
            out += [
                "",
                "        // The reader cannot live across an await: read every item first.",
                f"        var items = new ({targs})[count];" if n > 1 else "        var items = new T1[count];",
                "        for (int i = 0; i < count; i++)",
                "        {",
                f"            items[i] = {read};",
                "        }",
                "",
                "        reader.EnsureEnd(\"a map chunk\");",
                "        results.WriteLengthHeader(count);",
                "        foreach (var item in items)",
                "        {",
                f"            write.Write(results, await target({call}).ConfigureAwait(false));",
                "        }",
                "",
                "        itemsDone?.Invoke(count);",
            ]
        out.append("    }")
        out.append("}")
        out.append("")
    out[-1:] = [""]
    with open(os.path.join("src", "Sdk", "Targets", "BatchRunners.cs"), "w") as f:
        f.write("\n".join(out))


def registry_batch():
    """TargetRegistry.Register overloads for the targets of 1-4 parameters: the generator's
    Register(id, type, new Func<...>(M), invoker) call binds to these by itself. Those that return a value get their
    batch runner; the async ones that return none (Func<..., Task>) have no map and are registered without one."""
    docs_file = "../Overloads.xml"
    out = class_header("Multiprocessing.Targets", "public static partial class TargetRegistry", ["System.ComponentModel"])
    names = ["id", "declaringType", "method", "invoker"]
    for n in MAP_ARITIES:
        for kind in RESULT_KINDS + KINDS[1:3]:  # those with a batch runner, then the async ones with no result
            s = Shape(n, kind)
            targs = ", ".join(s.tparams)
            batch = f"new {s.runner}BatchRunner<{targs}>(method)" if s.runner else "batch: null"
            family = "TargetRegistry.Register" if s.runner else "TargetRegistry.RegisterNoResult"
            out.append(include(docs_file, family, s.tparams + names))
            out.append("    [EditorBrowsable(EditorBrowsableState.Never)]")
            out.append(f"    public static void Register<{targs}>(string id, Type declaringType, {s.delegate} method, TargetInvoker invoker) =>")
            out.append(f"        Add(id, declaringType, method, invoker, {batch});")
            out.append("")
    write(os.path.join("src", "Sdk", "Targets", "TargetRegistry.Batch.cs"), out)


if __name__ == "__main__":
    create()
    batch_runners()
    registry_batch()
    pool = os.path.join("src", "Sdk", "Pool")
    apply_family(os.path.join(pool, "ProcessPoolExtensions.Apply.cs"), "../Overloads.xml")
    map_family(os.path.join(pool, "ProcessPoolExtensions.Map.cs"), "../Overloads.xml")
