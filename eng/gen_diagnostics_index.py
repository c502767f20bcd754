#!/usr/bin/env python3
"""Rewrites docs/diagnostics/README.md, the index of every diagnostic page, from the pages and the descriptors."""
import os, re, glob
ROOT=os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
d=os.path.join(ROOT,'docs','diagnostics')
ids=open(os.path.join(ROOT,'src','Analyzers','DiagnosticIds.cs')).read()
gen=open(os.path.join(ROOT,'src','Generators','DiagnosticDescriptors.cs')).read()
rows=[]
for f in sorted(glob.glob(d+'/MP[0-9][0-9][0-9][0-9].md')):
    s=open(f).read()
    i=os.path.basename(f)[:-3]
    m=re.match(r'# (MP\d{4}): (.*)', s.splitlines()[0]); assert m and m.group(1)==i, f
    title=m.group(2).strip()
    sev=re.search(r'^\| Severity \| ([^|]+) \|', s, re.M).group(1).strip()
    fix=re.search(r'^\| Code fix \| ([^|]+) \|', s, re.M)
    fix='Yes' if fix and fix.group(1).strip().startswith('Yes') else 'No'
    if '"'+i+'"' in gen: src='Source generator'
    elif '"'+i+'"' in ids: src='Analyzer'
    else: src='?'
    rows.append(f'| [{i}]({i}.md) | {title.replace("|", chr(92)+"|")} | {sev} | {src} | {fix} |')
out=open(d+'/README.md','w')
out.write('''# Diagnostics

Every diagnostic of the SDK has a page here, with what triggers it, why it cannot work (and the Python error it
stands for), a wrong and a right example, and how to fix it. The ids come in two ranges:

- **MP00xx** come from the **analyzers** (`Multiprocessing.Analyzers`): they check how processes are created and
  used (the main guard, `ChildProcess.Create` calls, `Start`/`Join`/`Daemon`, state shared by accident, queue calls that
  throw on a full or empty queue, and pools, queues and pipes that are never released). Several have a code fix. Their severity can be changed in `.editorconfig` (`dotnet_diagnostic.MP0001.severity = error`).
- **MP01xx** come from the **source generator** (`ProcessTargetGenerator`, `ManagedTypeGenerator`): they check the
  declarations it writes code for (`[ProcessTarget]` methods, `ChildProcess` subclasses, `[ManagedType]` classes) and
  the types that travel to a child. They are all errors: the generator emits no code for a declaration it reports,
  so the process could not run.

| Id | Title | Severity | Source | Code fix |
|---|---|---|---|---|
''')
out.write('\n'.join(rows)+'\n')
out.close()
print('\n'.join(rows))
